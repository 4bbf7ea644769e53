import "server-only";
/**
 * The firm context of a request, derived from the session and checked against the database
 * on every request: a bumped session version or a removed membership ends access at once.
 */
import { and, eq, sql } from "drizzle-orm";
import { firms, memberships, users, type MembershipRole } from "../../db/schema";
import type { Database } from "../../db/types";

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly locale: "nl" | "en";
}

export interface FirmSummary {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly primaryColor: string | null;
  readonly accentColor: string | null;
  /** A short hash of the logo's bytes (cache key of its URL), or null when the firm has no logo. */
  readonly logoVersion: string | null;
  /** The firm's contact line for e-mails and the PDF (plain text), or null. */
  readonly footerText: string | null;
}

export interface FirmContext {
  readonly db: Database;
  readonly user: SessionUser;
  readonly firm: FirmSummary;
  readonly role: MembershipRole;
  /** Two-step sign-in: whether this user has it, and whether the firm requires it. */
  readonly twoFactor: { readonly enabled: boolean; readonly required: boolean };
}

/** Null when the user is gone, the session version is stale, or the user belongs to no firm. */
export async function resolveFirmContext(
  db: Database,
  session: { uid?: string; sv?: number } | null | undefined,
): Promise<FirmContext | null> {
  if (!session?.uid || typeof session.sv !== "number") return null;
  const [row] = await db
    .select({
      user: { id: users.id, email: users.email, name: users.name, locale: users.locale, sv: users.sessionVersion },
      twoFactorEnabled: sql<boolean>`${users.totpEnabledAt} is not null`,
      twoFactorRequired: firms.requireTwoFactor,
      firm: {
        id: firms.id,
        name: firms.name,
        slug: firms.slug,
        primaryColor: firms.primaryColor,
        accentColor: firms.accentColor,
        logoVersion: sql<string | null>`substr(md5(${firms.logo}), 1, 12)`,
        footerText: firms.footerText,
      },
      role: memberships.role,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(firms, eq(firms.id, memberships.firmId))
    .where(and(eq(users.id, session.uid), eq(users.sessionVersion, session.sv)))
    .orderBy(memberships.createdAt)
    .limit(1);
  if (!row) return null;
  const { id, email, name, locale } = row.user;
  return {
    db,
    user: { id, email, name, locale },
    firm: row.firm,
    role: row.role,
    twoFactor: { enabled: row.twoFactorEnabled, required: row.twoFactorRequired },
  };
}

/** The firm requires two-step sign-in and this user has not set it up yet. */
export const mustSetUpTwoFactor = (ctx: Pick<FirmContext, "twoFactor">) => ctx.twoFactor.required && !ctx.twoFactor.enabled;
