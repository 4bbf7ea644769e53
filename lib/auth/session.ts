import "server-only";
/** Request-scoped access to the signed-in user's firm context, for pages, layouts and actions. */
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../../db";
import { getManagerContext } from "../portal/session";
import { mustSetUpTwoFactor, resolveFirmContext, type FirmContext } from "./context";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";

/** The verified firm context, or null. Cached per request. */
export const getFirmContext = cache(async (): Promise<FirmContext | null> => {
  const session = await getServerSession(authOptions);
  if (!session) return null;
  return resolveFirmContext(await getDb(), session);
});

/**
 * For pages: anonymous users go to the login page; a user without the permission, and a
 * signed-in client manager, get the not-found page (the page's existence is not confirmed).
 */
export async function requirePage(permission: Permission): Promise<FirmContext> {
  const ctx = await getFirmContext();
  if (!ctx) {
    if (await getManagerContext()) notFound();
    redirect("/login");
  }
  if (!can(ctx.role, permission)) notFound();
  // Until two-step sign-in is set up (when the firm requires it), only the account page opens.
  if (mustSetUpTwoFactor(ctx) && !permission.startsWith("account.")) redirect("/account?setup=required");
  return ctx;
}
