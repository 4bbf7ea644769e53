import { useLocale, useTranslations } from "next-intl";
import type { BrandingView } from "@/lib/branding/queries";
import { BrandingLogoPreview } from "./branding-logo-preview";

/** Read-only branding for consultants: they see what clients see, but only the owner changes it. */
export function BrandingSummary({ branding }: { branding: BrandingView }) {
  const t = useTranslations("branding");
  const locale = useLocale();
  const swatch = (label: string, colour: string | null) => (
    <div className="flex items-center gap-2">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="flex items-center gap-2 font-mono text-sm">
        {colour ? <span aria-hidden className="inline-block h-4 w-4 rounded border border-slate-300" style={{ background: colour }} /> : null}
        {colour ?? t("default")}
      </dd>
    </div>
  );
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-600">{t("ownerOnly")}</p>
      <BrandingLogoPreview firmId={branding.firmId} firmName={branding.firmName} logo={branding.logo} locale={locale} />
      <dl className="flex flex-col gap-1">
        {swatch(t("primaryColor"), branding.primaryColor)}
        {swatch(t("accentColor"), branding.accentColor)}
        <div className="flex gap-2">
          <dt className="text-sm text-slate-600">{t("footerText")}</dt>
          <dd className="text-sm">{branding.footerText ?? "—"}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-sm text-slate-600">{t("reportLocale")}</dt>
          <dd className="text-sm">{t(`locale_${branding.reportLocale}`)}</dd>
        </div>
      </dl>
    </div>
  );
}
