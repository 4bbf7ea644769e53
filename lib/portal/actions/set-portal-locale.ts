"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { setUserLocale } from "../../account/queries";
import { publicAction } from "../../auth/action";
import { AppError } from "../../errors";
import { LOCALE_COOKIE } from "../../i18n/locale";
import { LOCALES } from "../../model/types";
import { getManagerContext } from "../session";

/**
 * A client manager's language choice, stored on their account. Managers have no firm context,
 * so this is not a firmAction: it authorizes with the manager context itself (checked against
 * the database like every portal request).
 */
export const setPortalLocale = publicAction(
  { name: "portal.set-locale", schema: z.object({ locale: z.enum(LOCALES) }) },
  async ({ locale }) => {
    const ctx = await getManagerContext();
    if (!ctx) throw new AppError("unauthenticated");
    await setUserLocale(ctx.db, ctx.user.id, locale);
    (await cookies()).set(LOCALE_COOKIE, locale, { sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
    return { locale };
  },
);
