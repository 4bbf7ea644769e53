import "server-only";
/**
 * The client-manager context of a request, derived from the session and checked against the
 * database on every request: the session version must match, and only client_managers rows
 * that are not revoked count. Revoking a client takes effect on the manager's next request;
 * a manager without any active client has no context at all.
 */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { clientManagers, clients, firms, memberships, users } from "../../db/schema";
import type { Database } from "../../db/types";
import type { SessionUser } from "../auth/context";

export interface ManagerFirm {
  readonly id: string;
  readonly name: string;
  readonly primaryColor: string | null;
  readonly accentColor: string | null;
  /** A short hash of the logo (its URL's cache key), or null without a logo. */
  readonly logoVersion: string | null;
}

export interface ManagerContext {
  readonly db: Database;
  readonly user: SessionUser;
  readonly firm: ManagerFirm;
  /** The clients this manager may see now (active rows only), by name. */
  readonly clients: readonly { readonly id: string; readonly name: string }[];
}

export async function resolveManagerContext(
  db: Database,
  session: { uid?: string; sv?: number } | null | undefined,
): Promise<ManagerContext | null> {
  if (!session?.uid || typeof session.sv !== "number") return null;
  const rows = await db
    .select({
      user: { id: users.id, email: users.email, name: users.name, locale: users.locale },
      firm: {
        id: firms.id,
        name: firms.name,
        primaryColor: firms.primaryColor,
        accentColor: firms.accentColor,
        logoVersion: sql<string | null>`substr(md5(${firms.logo}), 1, 12)`,
      },
      client: { id: clients.id, name: clients.name },
    })
    .from(clientManagers)
    .innerJoin(users, eq(users.id, clientManagers.userId))
    .innerJoin(clients, and(eq(clients.id, clientManagers.clientId), eq(clients.firmId, clientManagers.firmId)))
    .innerJoin(firms, eq(firms.id, clientManagers.firmId))
    .where(
      and(
        eq(users.id, session.uid),
        eq(users.sessionVersion, session.sv),
        isNull(clientManagers.revokedAt),
        // A consultant account is never a manager (the invitation refuses it; this is the second lock).
        sql`not exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id})`,
      ),
    )
    .orderBy(asc(clients.name));
  const first = rows[0];
  if (!first) return null;
  // A manager belongs to one firm (the invitation enforces it); rows of any other firm are ignored.
  const mine = rows.filter((r) => r.firm.id === first.firm.id);
  return {
    db,
    user: first.user,
    firm: first.firm,
    clients: mine.map((r) => r.client),
  };
}
