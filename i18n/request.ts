/** next-intl without locale routing: the language comes from the account, a cookie or the browser. */
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getFirmContext } from "../lib/auth/session";
import { env } from "../lib/env";
import { chooseLocale, LOCALE_COOKIE } from "../lib/i18n/locale";
import { loadMessages } from "../lib/i18n/messages";

export default getRequestConfig(async () => {
  const [ctx, cookieStore, headerStore] = await Promise.all([getFirmContext(), cookies(), headers()]);
  const locale = chooseLocale({
    account: ctx?.user.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerStore.get("accept-language"),
  });
  return { locale, messages: loadMessages(locale, { fresh: !env.isProduction }) };
});
