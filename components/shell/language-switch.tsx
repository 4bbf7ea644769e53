"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/lib/account/actions/set-locale";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { setPortalLocale } from "@/lib/portal/actions/set-portal-locale";
import { LOCALES, type Locale } from "@/lib/model/types";

/**
 * NL / EN toggle. Signed in (a consultant, or a client manager in the portal): stored on the
 * account. Signed out: remembered in a cookie.
 */
export function LanguageSwitch({ account }: { account?: "consultant" | "manager" }) {
  const t = useTranslations("language");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(locale: Locale) {
    startTransition(async () => {
      if (account === "consultant") {
        await setLocale(null, { locale });
      } else if (account === "manager") {
        await setPortalLocale(null, { locale });
      } else {
        document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
      }
      router.refresh();
    });
  }

  return (
    <div role="group" aria-label={t("label")} className="flex overflow-hidden rounded border border-slate-300">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={current === locale}
          aria-label={t(locale)}
          disabled={pending}
          onClick={() => choose(locale)}
          className={`px-2 py-1 text-xs font-semibold uppercase ${current === locale ? "bg-slate-800 text-white" : "bg-white text-slate-700 hover:bg-slate-100"}`}
        >
          {locale}
        </button>
      ))}
    </div>
  );
}
