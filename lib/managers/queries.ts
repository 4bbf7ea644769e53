import "server-only";
/**
 * A client's managers, as the firm's consultants manage them. Every function is scoped to the
 * firm of the caller's context (a client or manager row of another firm is not found).
 *
 * Tenancy stays simple on purpose: a manager account belongs to exactly one firm (it may
 * manage several clients of that firm), and never to a consultant. So an e-mail address of a
 * consultant account, or of a manager of another firm, is refused instead of being shared
 * across tenants.
 */
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { clientManagers, clients, memberships, passwordTokens, users } from "../../db/schema";
import type { Executor, Transaction } from "../../db/types";
import { writeAudit } from "../audit";
import type { FirmContext } from "../auth/context";
import { normaliseEmail } from "../auth/login";
import { issueSetPasswordLink } from "../auth/password-tokens";
import { env } from "../env";
import { AppError, NotFoundError } from "../errors";
import { isUuid } from "../ids";
import type { Locale } from "../model/types";
import { enqueueManagerInvitation, withdrawQueuedManagerInvitations } from "./invitation-mail";

export type ManagerStatus = "invited" | "active" | "revoked";

export interface ClientManagerView {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly status: ManagerStatus;
  readonly invitedAt: Date;
  readonly revokedAt: Date | null;
}

async function clientOfFirm(tx: Executor, ctx: FirmContext, clientId: string) {
  if (!isUuid(clientId)) throw new NotFoundError("client");
  const [client] = await tx
    .select({ id: clients.id, name: clients.name })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.firmId, ctx.firm.id)));
  if (!client) throw new NotFoundError("client");
  return client;
}

export async function listClientManagers(ctx: FirmContext, clientId: string): Promise<ClientManagerView[]> {
  const client = await clientOfFirm(ctx.db, ctx, clientId);
  const rows = await ctx.db
    .select({
      id: clientManagers.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      invitedAt: clientManagers.invitedAt,
      revokedAt: clientManagers.revokedAt,
    })
    .from(clientManagers)
    .innerJoin(users, eq(users.id, clientManagers.userId))
    .where(and(eq(clientManagers.clientId, client.id), eq(clientManagers.firmId, ctx.firm.id)))
    .orderBy(asc(users.name));
  return rows.map(({ hasPassword, ...r }) => ({ ...r, status: r.revokedAt ? "revoked" : hasPassword ? "active" : "invited" }));
}

/** The link the invitation carries: a fresh set-password link, or the login page for an existing account. */
async function invitationLink(tx: Transaction, user: { id: string; hasPassword: boolean }): Promise<string> {
  return user.hasPassword ? `${env.appUrl}/login` : issueSetPasswordLink(tx, user.id);
}

async function sendInvitation(
  tx: Transaction,
  ctx: FirmContext,
  input: { user: { id: string; email: string; name: string; locale: Locale; hasPassword: boolean }; clientName: string },
): Promise<string> {
  const link = await invitationLink(tx, input.user);
  await enqueueManagerInvitation(tx, {
    firm: ctx.firm,
    sender: ctx.user,
    user: input.user,
    clientName: input.clientName,
    link,
    hasAccount: input.user.hasPassword,
  });
  return link;
}

/**
 * Invites a manager for a client: creates (or reuses) the account, the client_managers row (a
 * revoked one is re-activated) and the invitation mail with its link, in one transaction.
 */
export async function inviteManager(
  ctx: FirmContext,
  input: { clientId: string; name: string; email: string; locale: Locale },
): Promise<{ managerId: string; link: string }> {
  const email = normaliseEmail(input.email);
  return ctx.db.transaction(async (tx) => {
    const client = await clientOfFirm(tx, ctx, input.clientId);
    const [existing] = await tx
      .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    let user: { id: string; email: string; name: string; locale: Locale; hasPassword: boolean };
    if (existing) {
      const [member] = await tx.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, existing.id)).limit(1);
      // One neutral answer for every address that is taken elsewhere or in another role.
      if (member) throw new AppError("email_unavailable");
      const [elsewhere] = await tx
        .select({ id: clientManagers.id })
        .from(clientManagers)
        .where(and(eq(clientManagers.userId, existing.id), ne(clientManagers.firmId, ctx.firm.id)))
        .limit(1);
      if (elsewhere) throw new AppError("email_unavailable");
      user = { id: existing.id, email: existing.email, name: existing.name, locale: existing.locale, hasPassword: existing.passwordHash !== null };
    } else {
      const [created] = await tx.insert(users).values({ email, name: input.name, locale: input.locale }).returning({ id: users.id });
      user = { id: created!.id, email, name: input.name, locale: input.locale, hasPassword: false };
    }
    const [row] = await tx
      .select({ id: clientManagers.id, revokedAt: clientManagers.revokedAt })
      .from(clientManagers)
      .where(and(eq(clientManagers.clientId, client.id), eq(clientManagers.userId, user.id)));
    if (row && !row.revokedAt) throw new AppError("manager_exists");
    let managerId: string;
    if (row) {
      await tx.update(clientManagers).set({ revokedAt: null, invitedAt: sql`now()`, invitedBy: ctx.user.id }).where(eq(clientManagers.id, row.id));
      managerId = row.id;
    } else {
      const [created] = await tx
        .insert(clientManagers)
        .values({ firmId: ctx.firm.id, clientId: client.id, userId: user.id, invitedBy: ctx.user.id })
        .returning({ id: clientManagers.id });
      managerId = created!.id;
    }
    const link = await sendInvitation(tx, ctx, { user, clientName: client.name });
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: row ? "managers.reinvited" : "managers.invited",
      entityType: "client_manager",
      entityId: managerId,
      details: { clientId: client.id },
    });
    return { managerId, link };
  });
}

async function managerRow(tx: Transaction, ctx: FirmContext, managerId: string) {
  if (!isUuid(managerId)) throw new NotFoundError("manager");
  const [row] = await tx
    .select({
      id: clientManagers.id,
      clientId: clientManagers.clientId,
      clientName: clients.name,
      revokedAt: clientManagers.revokedAt,
      user: { id: users.id, email: users.email, name: users.name, locale: users.locale, passwordHash: users.passwordHash },
    })
    .from(clientManagers)
    .innerJoin(users, eq(users.id, clientManagers.userId))
    .innerJoin(clients, eq(clients.id, clientManagers.clientId))
    .where(and(eq(clientManagers.id, managerId), eq(clientManagers.firmId, ctx.firm.id), eq(clients.firmId, ctx.firm.id)));
  if (!row) throw new NotFoundError("manager");
  const { passwordHash, ...user } = row.user;
  return { ...row, user: { ...user, hasPassword: passwordHash !== null } };
}

/**
 * Sends the invitation again: a new link (earlier links of the person stop working) for an
 * invited manager, or re-activates a revoked one. An active manager needs no invitation.
 */
export async function resendManagerInvitation(
  ctx: FirmContext,
  managerId: string,
  options: { reactivate: boolean },
): Promise<{ link: string; clientId: string }> {
  return ctx.db.transaction(async (tx) => {
    const row = await managerRow(tx, ctx, managerId);
    if (options.reactivate) {
      if (!row.revokedAt) throw new AppError("invalid_transition");
      await tx.update(clientManagers).set({ revokedAt: null, invitedAt: sql`now()`, invitedBy: ctx.user.id }).where(eq(clientManagers.id, row.id));
    } else if (row.revokedAt || row.user.hasPassword) {
      throw new AppError("invalid_transition");
    }
    const link = await sendInvitation(tx, ctx, { user: row.user, clientName: row.clientName });
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: options.reactivate ? "managers.reinvited" : "managers.invitation_resent",
      entityType: "client_manager",
      entityId: row.id,
      details: { clientId: row.clientId },
    });
    return { link, clientId: row.clientId };
  });
}

/**
 * Revokes a manager's access to this client. Access is checked against client_managers on
 * every request, so it ends with the manager's next request. Without any other active client
 * their unused links die too and an undelivered invitation is withdrawn.
 */
export async function revokeManager(ctx: FirmContext, managerId: string): Promise<{ clientId: string }> {
  return ctx.db.transaction(async (tx) => {
    const row = await managerRow(tx, ctx, managerId);
    if (row.revokedAt) return { clientId: row.clientId };
    await tx.update(clientManagers).set({ revokedAt: sql`now()` }).where(eq(clientManagers.id, row.id));
    const [stillActive] = await tx
      .select({ id: clientManagers.id })
      .from(clientManagers)
      .where(and(eq(clientManagers.userId, row.user.id), isNull(clientManagers.revokedAt)))
      .limit(1);
    if (!stillActive) {
      await tx
        .update(passwordTokens)
        .set({ usedAt: sql`now()` })
        .where(and(eq(passwordTokens.userId, row.user.id), isNull(passwordTokens.usedAt)));
      await withdrawQueuedManagerInvitations(tx, ctx.firm.id, row.user.id, "link_revoked");
    }
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "managers.revoked",
      entityType: "client_manager",
      entityId: row.id,
      details: { clientId: row.clientId },
    });
    return { clientId: row.clientId };
  });
}
