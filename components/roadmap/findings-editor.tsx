"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/form-controls";
import { ROADMAP_LIMITS } from "@/lib/roadmap/schema";

interface Props {
  readonly findings: readonly string[];
  readonly readOnly: boolean;
  /** Index → message, from the last validation. */
  readonly errors: Readonly<Record<number, string>>;
  readonly onChange: (findings: string[]) => void;
}

/** The key findings: an ordered list to add to, edit, reorder (buttons) and remove from. */
export function FindingsEditor({ findings, readOnly, errors, onChange }: Props) {
  const t = useTranslations("roadmap.findings");
  const set = (index: number, value: string) => onChange(findings.map((f, i) => (i === index ? value : f)));
  const swap = (a: number, b: number) => {
    const next = [...findings];
    [next[a], next[b]] = [next[b]!, next[a]!];
    onChange(next);
  };
  if (readOnly) {
    return findings.length === 0 ? (
      <p className="text-sm text-slate-600">{t("empty")}</p>
    ) : (
      <ol className="list-decimal pl-5 text-sm">
        {findings.map((f, i) => (
          <li key={i} className="whitespace-pre-line">
            {f}
          </li>
        ))}
      </ol>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      {findings.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      <ol className="flex flex-col gap-3">
        {findings.map((finding, i) => {
          const id = `finding-${i}`;
          const n = i + 1;
          return (
            <li key={i} className="flex flex-col gap-1">
              <label htmlFor={id} className="text-sm font-medium text-slate-800">
                {t("label", { n })}
              </label>
              <div className="flex flex-wrap items-start gap-2">
                <textarea
                  id={id}
                  rows={2}
                  value={finding}
                  maxLength={ROADMAP_LIMITS.finding}
                  onChange={(e) => set(i, e.target.value)}
                  aria-invalid={errors[i] ? true : undefined}
                  aria-describedby={errors[i] ? `${id}-error` : undefined}
                  className={`${controlClass} min-w-0 flex-1`}
                />
                <div className="flex gap-1">
                  <Button type="button" variant="secondary" className="min-h-8 px-2 py-1" disabled={i === 0} onClick={() => swap(i, i - 1)} aria-label={t("moveUpLabel", { n })}>
                    ↑
                  </Button>
                  <Button type="button" variant="secondary" className="min-h-8 px-2 py-1" disabled={i === findings.length - 1} onClick={() => swap(i, i + 1)} aria-label={t("moveDownLabel", { n })}>
                    ↓
                  </Button>
                  <Button type="button" variant="danger" className="min-h-8 px-2 py-1" onClick={() => onChange(findings.filter((_, x) => x !== i))} aria-label={t("removeLabel", { n })}>
                    {t("remove")}
                  </Button>
                </div>
              </div>
              {errors[i] ? (
                <p id={`${id}-error`} className="text-sm text-red-700">
                  {errors[i]}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {findings.length < ROADMAP_LIMITS.findings ? (
        <div>
          <Button type="button" variant="secondary" onClick={() => onChange([...findings, ""])}>
            {t("add")}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("max", { max: ROADMAP_LIMITS.findings })}</p>
      )}
    </div>
  );
}
