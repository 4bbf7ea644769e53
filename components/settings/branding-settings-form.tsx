"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { HintAndError, SelectField } from "@/components/ui/form-controls";
import { controlClass, describedBy } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import { saveBranding } from "@/lib/branding/actions/save-branding";
import { DEFAULT_ACCENT, DEFAULT_PRIMARY, GRAPHIC_CONTRAST_MIN, TEXT_CONTRAST_MIN, textSafePrimary } from "@/lib/branding/colour";
import { FOOTER_MAX } from "@/lib/branding/schemas";
import type { Locale } from "@/lib/model/types";
import { BrandingColourField } from "./branding-colour-field";

export interface BrandingFormValues {
  readonly primaryColor: string | null;
  readonly accentColor: string | null;
  readonly footerText: string | null;
  readonly reportLocale: Locale;
}

/** Colours, contact line and report language: saved together in one action. Fields are controlled so a refused save loses nothing. */
export function BrandingSettingsForm({ initial }: { initial: BrandingFormValues }) {
  const t = useTranslations("branding");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState(saveBranding, null);
  const [primary, setPrimary] = useState(initial.primaryColor ?? "");
  const [accent, setAccent] = useState(initial.accentColor ?? "");
  const [footer, setFooter] = useState(initial.footerText ?? "");
  const [reportLocale, setReportLocale] = useState<Locale>(initial.reportLocale);
  // After a save, show what was stored (normalised: "#ABC" → "#aabbcc"); adjusting state during render, once per result.
  const [shownResult, setShownResult] = useState(state);
  if (state !== shownResult) {
    setShownResult(state);
    if (state?.ok) {
      setPrimary(state.data.primaryColor ?? "");
      setAccent(state.data.accentColor ?? "");
      setFooter(state.data.footerText ?? "");
    }
  }
  const fieldError = (name: string) => {
    const code = state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
    return code ? (t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.invalid")) : undefined;
  };
  const previewColour = textSafePrimary(primary);
  return (
    <form action={action} className="flex flex-col gap-4" aria-labelledby="branding-colours-heading">
      <h3 id="branding-colours-heading" className="text-base font-semibold">
        {t("coloursHeading")}
      </h3>
      {state?.ok ? <FormMessage kind="success">{t("saved")}</FormMessage> : null}
      {state && !state.ok ? <FormMessage kind="error">{te(state.error)}</FormMessage> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <BrandingColourField
          name="primaryColor"
          label={t("primaryColor")}
          hint={t("primaryHelp")}
          value={primary}
          fallback={DEFAULT_PRIMARY}
          minimum={TEXT_CONTRAST_MIN}
          warningKey="primaryContrastWarning"
          error={fieldError("primaryColor")}
          onChange={setPrimary}
        />
        <BrandingColourField
          name="accentColor"
          label={t("accentColor")}
          hint={t("accentHelp")}
          value={accent}
          fallback={DEFAULT_ACCENT}
          minimum={GRAPHIC_CONTRAST_MIN}
          warningKey="accentContrastWarning"
          error={fieldError("accentColor")}
          onChange={setAccent}
        />
      </div>
      <div aria-hidden className="flex flex-wrap items-center gap-4 rounded border border-slate-200 bg-white p-3">
        <span className="text-xs text-slate-500">{t("preview")}</span>
        <span className="font-semibold" style={{ color: previewColour }}>
          {t("previewHeading")}
        </span>
        <span className="rounded px-3 py-1.5 text-sm font-semibold text-white" style={{ background: previewColour }}>
          {t("previewButton")}
        </span>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="field-footerText" className="text-sm font-medium text-slate-800">
          {t("footerText")}
        </label>
        <input
          id="field-footerText"
          name="footerText"
          value={footer}
          onChange={(e) => setFooter(e.target.value)}
          maxLength={FOOTER_MAX}
          aria-invalid={fieldError("footerText") ? true : undefined}
          aria-describedby={describedBy("field-footerText", fieldError("footerText"), t("footerHelp"))}
          className={controlClass}
        />
        <HintAndError id="field-footerText" hint={`${t("footerHelp")} ${t("footerCount", { count: footer.length })}`} error={fieldError("footerText")} />
      </div>
      <div className="sm:max-w-xs">
        <SelectField
          label={t("reportLocale")}
          name="reportLocale"
          value={reportLocale}
          onChange={(e) => setReportLocale(e.target.value as Locale)}
          error={fieldError("reportLocale")}
        >
          <option value="nl">{t("locale_nl")}</option>
          <option value="en">{t("locale_en")}</option>
        </SelectField>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
