"use client";
import { useLocale, useTranslations } from "next-intl";
import { checkContrast, normaliseHexColour } from "@/lib/branding/colour";
import { controlClass, describedBy, HintAndError } from "@/components/ui/form-controls";

/**
 * One brand colour: a colour picker and a text field kept in step (the text field is what is
 * submitted), with a live contrast verdict. A failing contrast warns; it does not block.
 */
export function BrandingColourField({
  name,
  label,
  hint,
  value,
  fallback,
  minimum,
  warningKey,
  error,
  onChange,
}: {
  name: string;
  label: string;
  hint: string;
  value: string;
  /** What the picker shows while the text is empty or not (yet) a colour. */
  fallback: string;
  minimum: number;
  warningKey: "primaryContrastWarning" | "accentContrastWarning";
  error?: string;
  onChange: (value: string) => void;
}) {
  const t = useTranslations("branding");
  const locale = useLocale();
  const id = `field-${name}`;
  const hex = normaliseHexColour(value);
  const check = hex ? checkContrast(hex, minimum) : null;
  const ratio = check ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(check.ratio) : "";
  const verdictId = `${id}-contrast`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          type="color"
          aria-label={t("pickColour", { label })}
          value={hex ?? fallback}
          onChange={(e) => onChange(e.target.value)}
          className="h-10 w-12 shrink-0 cursor-pointer rounded border border-slate-300 bg-white p-1"
        />
        <input
          id={id}
          name={name}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={`${fallback} (${t("default")})`}
          spellCheck={false}
          autoComplete="off"
          maxLength={20}
          aria-invalid={error ? true : undefined}
          aria-describedby={[describedBy(id, error, hint), check ? verdictId : null].filter(Boolean).join(" ") || undefined}
          className={`${controlClass} w-40 font-mono`}
        />
      </div>
      <HintAndError id={id} hint={hint} error={error} />
      {check ? (
        <p
          id={verdictId}
          role="status"
          data-testid={`${name}-contrast`}
          className={check.passes ? "text-xs text-slate-600" : "rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-900"}
        >
          {check.passes ? t("contrastOk", { ratio }) : t(warningKey, { ratio })}
        </p>
      ) : null}
    </div>
  );
}
