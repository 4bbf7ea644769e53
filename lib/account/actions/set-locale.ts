"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { firmAction } from "../../auth/action";
import { LOCALE_COOKIE } from "../../i18n/locale";
import { LOCALES } from "../../model/types";
import { setUserLocale } from "../queries";

/** Stores the signed-in user's language on the account (and in a cookie for the login page). */
export const setLocale = firmAction(
  { name: "account.set-locale", permission: "account.update", schema: z.object({ locale: z.enum(LOCALES) }) },
  async ({ locale }, ctx) => {
    await setUserLocale(ctx.db, ctx.user.id, locale);
    (await cookies()).set(LOCALE_COOKIE, locale, { sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
    return { locale };
  },
);
