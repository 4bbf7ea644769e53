import { useTranslations } from "next-intl";
import { firmLogoPath } from "@/lib/branding/urls";

export interface LogoPreview {
  readonly mimeType: "image/png" | "image/jpeg";
  readonly width: number;
  readonly height: number;
  readonly byteLength: number;
  readonly version: string;
}

/** The current logo as the portal shows it, with its type, size and dimensions. */
export function BrandingLogoPreview({ firmId, firmName, logo, locale }: { firmId: string; firmName: string; logo: LogoPreview | null; locale: string }) {
  const t = useTranslations("branding");
  if (!logo) return <p className="text-sm text-slate-600">{t("noLogo")}</p>;
  const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(logo.byteLength / 1024);
  return (
    <figure className="flex flex-wrap items-center gap-4">
      <div className="rounded border border-slate-200 bg-white p-2">
        {/* eslint-disable-next-line @next/next/no-img-element -- a small per-firm image from our own route */}
        <img src={firmLogoPath(firmId, logo.version)} alt={t("logoAlt", { firm: firmName })} className="h-16 w-auto max-w-48 object-contain" />
      </div>
      <figcaption className="text-sm text-slate-600">
        <span className="block font-medium text-slate-800">{t("logoCurrent")}</span>
        {t("logoDetails", { type: logo.mimeType === "image/png" ? "PNG" : "JPEG", width: logo.width, height: logo.height, size })}
      </figcaption>
    </figure>
  );
}
