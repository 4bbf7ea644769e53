import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { FirmContext } from "@/lib/auth/context";
import { DEFAULT_ACCENT, DEFAULT_PRIMARY, normaliseHexColour, textSafePrimary } from "@/lib/branding/colour";
import { firmLogoPath } from "@/lib/branding/urls";
import { LanguageSwitch } from "./language-switch";
import { LogoutButton } from "./logout-button";
import { MainNav } from "./main-nav";

/** The consultant portal frame: header with firm and user, navigation, and the page. */
export async function AppShell({ ctx, children }: { ctx: FirmContext; children: React.ReactNode }) {
  const t = await getTranslations("shell");
  const style = {
    // White text sits on --firm-primary (buttons, badges): a colour too light for that falls back to the default.
    "--firm-primary": textSafePrimary(ctx.firm.primaryColor),
    "--firm-accent": normaliseHexColour(ctx.firm.accentColor) ?? DEFAULT_ACCENT,
  } as React.CSSProperties;
  return (
    <div style={style} className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      {/* The firm's own colour as a decorative bar, even when it is too light for text. */}
      <header className="border-t-4 border-b border-b-slate-200 bg-white" style={{ borderTopColor: normaliseHexColour(ctx.firm.primaryColor) ?? DEFAULT_PRIMARY }}>
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
          <Link href="/dashboard" className="flex items-center gap-2 font-semibold text-slate-900">
            <span aria-hidden className="inline-block h-6 w-6 rounded-full bg-brand" />
            <span>Salesradar</span>
            <span className="text-sm font-normal text-slate-500">·</span>
            {ctx.firm.logoVersion ? (
              // eslint-disable-next-line @next/next/no-img-element -- a small per-firm image from our own route; the name beside it says the same
              <img src={firmLogoPath(ctx.firm.id, ctx.firm.logoVersion)} alt="" data-testid="header-firm-logo" className="h-7 w-auto max-w-28 object-contain" />
            ) : null}
            <span className="text-sm font-normal text-slate-500">{ctx.firm.name}</span>
          </Link>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="hidden text-slate-600 sm:inline" data-testid="current-user">
              {ctx.user.name} ({t(`roles.${ctx.role}`)})
            </span>
            <LanguageSwitch account="consultant" />
            <LogoutButton />
          </div>
        </div>
        <MainNav />
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white py-3 text-center text-xs text-slate-500">
        Salesradar · {t("footer")}
      </footer>
    </div>
  );
}
