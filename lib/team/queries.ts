import "server-only";
/** The firm's people. Every function is scoped to the firm of the caller's context. */
import { and, asc, eq, sql } from "drizzle-orm";
import { memberships, users, type MembershipRole } from "../../db/schema";
import type { Executor } from "../../db/types";
import { writeAudit } from "../audit";
import type { FirmContext } from "../auth/context";
import { normaliseEmail } from "../auth/login";
import { issuePasswordLink, issueSetPasswordLink } from "../auth/password-tokens";
import { enqueueSetPasswordMail } from "../email/set-password-mail";
import { AppError, NotFoundError } from "../errors";
import { isUuid } from "../ids";

export interface TeamMember {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly role: MembershipRole;
  /** False until the person has set a password through their link. */
  readonly active: boolean;
}

export async function listTeam(ctx: FirmContext): Promise<TeamMember[]> {
  const rows = await ctx.db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.firmId, ctx.firm.id))
    .orderBy(asc(memberships.role), asc(users.name));
  return rows.map(({ hasPassword, ...r }) => ({ ...r, active: hasPassword }));
}

/**
 * Adds a consultant and returns their one-time set-password link, which is also e-mailed to
 * them through the outbox. An e-mail address that already has an account is refused
 * (accounts belong to one firm).
 */
export async function addConsultant(
  ctx: FirmContext,
  input: { name: string; email: string },
): Promise<{ userId: string; link: string }> {
  const email = normaliseEmail(input.email);
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email));
    // Same answer whatever firm or role the address has (nothing about other firms leaks).
    if (existing) throw new AppError("email_unavailable");
    const [user] = await tx
      .insert(users)
      .values({ email, name: input.name, locale: ctx.user.locale })
      .returning({ id: users.id });
    await tx.insert(memberships).values({ firmId: ctx.firm.id, userId: user!.id, role: "consultant" });
    const link = await issueSetPasswordLink(tx, user!.id);
    await enqueueSetPasswordMail(tx, {
      firm: ctx.firm,
      sender: ctx.user,
      user: { id: user!.id, email, name: input.name, locale: ctx.user.locale },
      link,
      kind: "new",
    });
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "team.consultant_added",
      entityType: "user",
      entityId: user!.id,
    });
    return { userId: user!.id, link };
  });
}

/** Removes a person from the firm; their sessions end on their next request. */
export async function removeMember(ctx: FirmContext, userId: string): Promise<void> {
  if (!isUuid(userId)) throw new NotFoundError("member");
  if (userId === ctx.user.id) throw new AppError("cannot_remove_self");
  await ctx.db.transaction(async (tx) => {
    const [member] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.firmId, ctx.firm.id), eq(memberships.userId, userId)));
    if (!member) throw new NotFoundError("member");
    if (member.role === "owner") {
      const [owners] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(memberships)
        .where(and(eq(memberships.firmId, ctx.firm.id), eq(memberships.role, "owner")));
      if ((owners?.n ?? 0) <= 1) throw new AppError("last_owner");
    }
    await tx.delete(memberships).where(and(eq(memberships.firmId, ctx.firm.id), eq(memberships.userId, userId)));
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId));
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "team.member_removed",
      entityType: "user",
      entityId: userId,
    });
  });
}

const auditMember = (tx: Executor, ctx: FirmContext, action: string, userId: string) =>
  writeAudit(tx, { firmId: ctx.firm.id, actorUserId: ctx.user.id, action, entityType: "user", entityId: userId });

/** A member of this firm, or not-found (also for another firm's people). */
async function memberOfFirm(tx: Executor, ctx: FirmContext, userId: string) {
  if (!isUuid(userId)) throw new NotFoundError("member");
  const [member] = await tx
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, hasPassword: sql<boolean>`${users.passwordHash} is not null` })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.firmId, ctx.firm.id), eq(memberships.userId, userId)));
  if (!member) throw new NotFoundError("member");
  return member;
}

/**
 * Issues a fresh set-password link for a member of this firm who has never set a password,
 * and e-mails it (an older undelivered link mail is withdrawn). A member with a password gets
 * no link here: whoever holds it could take the account over (use `sendPasswordReset`).
 */
export async function reissueSetPasswordLink(ctx: FirmContext, userId: string): Promise<{ link: string }> {
  return ctx.db.transaction(async (tx) => {
    const member = await memberOfFirm(tx, ctx, userId);
    if (member.hasPassword) throw new AppError("member_active");
    const link = await issueSetPasswordLink(tx, userId);
    await enqueueSetPasswordMail(tx, { firm: ctx.firm, sender: ctx.user, user: member, link, kind: "reissued" });
    await auditMember(tx, ctx, "team.set_password_link_reissued", userId);
    return { link };
  });
}

/**
 * For a member who forgot their password: a reset link goes by e-mail to their own address.
 * The owner never sees it (nor does the Outbox page show it to anyone).
 */
export async function sendPasswordReset(ctx: FirmContext, userId: string): Promise<{ email: string }> {
  return ctx.db.transaction(async (tx) => {
    const member = await memberOfFirm(tx, ctx, userId);
    if (!member.hasPassword) throw new AppError("invalid_transition");
    const link = await issuePasswordLink(tx, userId, "reset_password");
    await enqueueSetPasswordMail(tx, { firm: ctx.firm, sender: ctx.user, user: member, link, kind: "reset" });
    await auditMember(tx, ctx, "team.password_reset_sent", userId);
    return { email: member.email };
  });
}
