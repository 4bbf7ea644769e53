import { getTranslations } from "next-intl/server";
import { brandStyle } from "@/lib/scan/branding";
import type { Locale } from "@/lib/model/types";
import { LanguageForm } from "./language-form";

export interface FrameBranding {
  readonly firmName: string;
  readonly primaryColor: string | null;
  readonly hasLogo?: boolean;
  readonly clientName?: string;
  /** The firm's public logo URL, where there is no scan session for /api/scan/logo (the link's landing page). */
  readonly logoUrl?: string | null;
}

/**
 * The respondent's frame: the firm's name (and logo) in its colour, the client, the language
 * choice, and the page. Mobile first: one narrow column.
 */
export async function ScanFrame({
  branding,
  locale,
  languagePath,
  children,
}: {
  branding: FrameBranding | null;
  locale: Locale;
  /** When set, the header offers the language switch and returns to this path. */
  languagePath?: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "scan" });
  return (
    <div style={brandStyle(branding?.primaryColor) as React.CSSProperties} className="flex min-h-dvh flex-col" lang={locale}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="border-t-4 border-brand border-b border-b-slate-200 bg-white">
        <div className="mx-auto flex w-full max-w-2xl items-center gap-3 px-4 py-3">
          {branding?.hasLogo || branding?.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a small, per-firm image from our own route
            <img src={branding.logoUrl ?? "/api/scan/logo"} alt="" className="h-8 w-auto max-w-24 object-contain" />
          ) : (
            <span aria-hidden className="inline-block h-6 w-6 shrink-0 rounded-full bg-brand" />
          )}
          <div className="min-w-0 flex-1">
            <p className="truncate font-semibold text-slate-900">{branding?.firmName ?? "Salesradar"}</p>
            {branding?.clientName ? <p className="truncate text-sm text-slate-600">{branding.clientName}</p> : null}
          </div>
          {languagePath ? <LanguageForm locale={locale} next={languagePath} compact /> : null}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-2xl flex-1 px-4 pt-5 pb-2 outline-none">
        {children}
      </main>
      <footer className="mx-auto w-full max-w-2xl px-4 py-4 text-center text-xs text-slate-600">{t("footer")}</footer>
    </div>
  );
}
