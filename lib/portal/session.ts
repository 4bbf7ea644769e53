import "server-only";
/** Request-scoped access to the signed-in client manager's context, for portal pages and routes. */
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../../db";
import { authOptions } from "../auth/options";
import { getFirmContext } from "../auth/session";
import { resolveManagerContext, type ManagerContext } from "./context";

/** The verified manager context, or null. Cached per request. */
export const getManagerContext = cache(async (): Promise<ManagerContext | null> => {
  const session = await getServerSession(authOptions);
  if (!session) return null;
  return resolveManagerContext(await getDb(), session);
});

/**
 * For portal pages: a manager with at least one active client passes; anyone else signed in
 * (a consultant) gets the not-found page; anonymous visitors, and managers whose access was
 * revoked everywhere, go to the login page.
 */
export async function requirePortal(): Promise<ManagerContext> {
  const ctx = await getManagerContext();
  if (ctx) return ctx;
  if (await getFirmContext()) notFound();
  redirect("/login");
}
