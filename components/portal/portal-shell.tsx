import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LogoutButton } from "@/components/shell/logout-button";
import { firmLogoPath } from "@/lib/branding/urls";
import type { ManagerFirm } from "@/lib/portal/context";
import { LanguageSwitch } from "@/components/shell/language-switch";

/** The client portal's own simple frame: the firm's name and logo, language, logout. */
export async function PortalShell({ firm, userName, children }: { firm: ManagerFirm | null; userName: string | null; children: React.ReactNode }) {
  const t = await getTranslations("portal");
  const style = { "--firm-primary": firm?.primaryColor ?? undefined, "--firm-accent": firm?.accentColor ?? undefined } as React.CSSProperties;
  return (
    <div style={style} className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-3">
          <Link href="/portal" className="flex items-center gap-2 font-semibold text-slate-900">
            {firm?.logoVersion ? (
              // The firm's logo route is public by design (branding); plain <img>: it is a small, checked upload.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={firmLogoPath(firm.id, firm.logoVersion)} alt={t("logoAlt", { firm: firm.name })} className="h-8 w-auto" />
            ) : (
              <span aria-hidden className="inline-block h-6 w-6 rounded-full bg-brand" />
            )}
            <span>{firm?.name ?? "Salesradar"}</span>
            <span className="text-sm font-normal text-slate-500">· {t("title")}</span>
          </Link>
          <div className="ml-auto flex items-center gap-3 text-sm">
            {userName ? <span className="hidden text-slate-600 sm:inline" data-testid="current-user">{t("signedInAs", { name: userName })}</span> : null}
            <LanguageSwitch account="manager" />
            <LogoutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white py-3 text-center text-xs text-slate-500">Salesradar · {t("footer")}</footer>
    </div>
  );
}
