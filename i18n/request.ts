/** next-intl without locale routing: the language comes from the account, a cookie or the browser. */
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isDatabaseUnavailable } from "../db/availability";
import { getFirmContext } from "../lib/auth/session";
import { env } from "../lib/env";
import { chooseLocale, isLocale, LOCALE_COOKIE } from "../lib/i18n/locale";
import { loadMessages } from "../lib/i18n/messages";
import { getManagerContext } from "../lib/portal/session";
import { scanPageLocale } from "../lib/scan/context";
import { SCAN_PAGE_COOKIE } from "../lib/scan/session";

/**
 * While the database is unavailable the language falls back to the cookie and the browser, so
 * the page can still say so in the right language (the page's own query then fails).
 */
function orNullWhileUnavailable<T>(lookup: Promise<T>): Promise<T | null> {
  return lookup.catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
}

export default getRequestConfig(async ({ locale: explicit }) => {
  // An explicit language (getTranslations({ locale })) wins: the respondent's scan pages render
  // in the respondent's language whatever the browser says.
  if (isLocale(explicit)) return { locale: explicit, messages: loadMessages(explicit, { fresh: !env.isProduction }) };
  const [ctx, cookieStore, headerStore] = await Promise.all([orNullWhileUnavailable(getFirmContext()), cookies(), headers()]);
  // On the respondent's scan pages (the marker cookie has Path=/scan, so the browser sends it
  // only there) the language the respondent chose, stored on the respondent, wins.
  const scanLocale = cookieStore.has(SCAN_PAGE_COOKIE) ? await orNullWhileUnavailable(scanPageLocale()) : null;
  const locale =
    scanLocale ??
    chooseLocale({
      // A client manager's language is stored on their account as well.
      account: ctx?.user.locale ?? (ctx ? undefined : (await orNullWhileUnavailable(getManagerContext()))?.user.locale),
      cookie: cookieStore.get(LOCALE_COOKIE)?.value,
      acceptLanguage: headerStore.get("accept-language"),
    });
  return { locale, messages: loadMessages(locale, { fresh: !env.isProduction }) };
});
