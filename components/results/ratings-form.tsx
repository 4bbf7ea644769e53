"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { useLeaveGuard } from "@/components/roadmap/use-leave-guard";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextAreaField } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import type { ErrorCode } from "@/lib/errors";
import type { PillarKey } from "@/lib/model/types";
import { saveRatings } from "@/lib/results/actions/save-ratings";
import { MAX_RATING_NOTE_LENGTH, ratingField } from "@/lib/results/schemas";

export interface RatingPillar {
  readonly key: PillarKey;
  readonly name: string;
  /** The respondents' figures for this pillar, already worded. */
  readonly respondents: string;
  /** "Last saved by … on …", or null when the pillar has no rating yet. */
  readonly lastSaved: string | null;
  readonly level: number | null;
  readonly note: string | null;
}

interface Props {
  readonly engagementId: string;
  readonly pillars: readonly RatingPillar[];
  readonly levels: readonly { readonly level: number; readonly label: string }[];
}

type Values = Record<string, string>;
type Outcome = { readonly kind: "saved" | "unchanged" } | { readonly kind: "error"; readonly error: ErrorCode } | null;

function initialValues(pillars: readonly RatingPillar[]): Values {
  return Object.fromEntries(
    pillars.flatMap((p) => [
      [ratingField("level", p.key), p.level === null ? "" : String(p.level)],
      [ratingField("note", p.key), p.note ?? ""],
    ]),
  );
}

/**
 * The consultant's level and note for every pillar in one form with one save, so nothing
 * filled in is left behind unsaved. While something is unsaved the form says so and leaving
 * the page asks first. An empty level removes that pillar's rating.
 */
export function RatingsForm({ engagementId, pillars, levels }: Props) {
  const t = useTranslations("resultsRating");
  const te = useTranslations("errors");
  const tf = useTranslations("fieldErrors");
  const router = useRouter();
  const [values, setValues] = useState(() => initialValues(pillars));
  const [saved, setSaved] = useState(values);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, startTransition] = useTransition();
  const leaving = useRef(false);
  const dirty = Object.keys(values).some((k) => values[k] !== saved[k]);
  useLeaveGuard(dirty, t("leaveWarning"), leaving);

  const set = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    setOutcome(null);
  };
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const sent = values;
    startTransition(async () => {
      const result = await saveRatings(null, data);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        setOutcome({ kind: "error", error: result.error });
        return;
      }
      setFieldErrors({});
      setSaved(sent);
      setOutcome({ kind: result.data.changed.length > 0 ? "saved" : "unchanged" });
      router.refresh();
    });
  };
  const noteError = (pillar: PillarKey) => {
    const code = fieldErrors[ratingField("note", pillar)]?.[0];
    return code ? (tf.has(code) ? tf(code) : tf("invalid")) : undefined;
  };

  return (
    <form onSubmit={submit} aria-label={t("title")} className="flex flex-col gap-6">
      <input type="hidden" name="engagementId" value={engagementId} />
      <div className="grid gap-6 lg:grid-cols-2">
        {pillars.map((p) => {
          const id = (name: string) => `rating-${p.key}-${name}`;
          const level = ratingField("level", p.key);
          const note = ratingField("note", p.key);
          const error = noteError(p.key);
          return (
            <Card key={p.key}>
              <fieldset data-pillar={p.key} className="flex min-w-0 flex-col gap-3">
                <legend className="text-lg font-semibold">{p.name}</legend>
                <p className="text-sm text-slate-600">{p.respondents}</p>
                <SelectField label={t("level")} id={id("level")} name={level} value={values[level]} onChange={(e) => set(level, e.target.value)}>
                  <option value="">{t("none")}</option>
                  {levels.map((l) => (
                    <option key={l.level} value={String(l.level)}>
                      {l.label}
                    </option>
                  ))}
                </SelectField>
                <TextAreaField
                  label={t("note")}
                  id={id("note")}
                  name={note}
                  rows={3}
                  maxLength={MAX_RATING_NOTE_LENGTH}
                  value={values[note]}
                  onChange={(e) => set(note, e.target.value)}
                  hint={error ? undefined : t("noteHelp")}
                  error={error}
                />
                {p.lastSaved ? <p className="text-xs text-slate-600">{p.lastSaved}</p> : null}
              </fieldset>
            </Card>
          );
        })}
      </div>
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3">
        <Button type="submit" disabled={pending}>
          {t("saveAll")}
        </Button>
        <p className="text-sm text-slate-700" aria-live="polite">
          {dirty ? t("unsaved") : t("allSaved")}
        </p>
        {outcome?.kind === "saved" ? <FormMessage kind="success">{t("saved")}</FormMessage> : null}
        {outcome?.kind === "unchanged" ? <FormMessage kind="success">{t("unchanged")}</FormMessage> : null}
        {outcome?.kind === "error" ? <FormMessage kind="error">{te(outcome.error)}</FormMessage> : null}
      </div>
    </form>
  );
}
