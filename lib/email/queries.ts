import "server-only";
/** The firm's outbox as the portal shows it. Every function is scoped to the caller's firm. */
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { clients, emailOutbox, engagements, type EmailKind } from "../../db/schema";
import type { FirmContext } from "../auth/context";
import { can } from "../auth/permissions";
import { NotFoundError } from "../errors";
import { isUuid } from "../ids";
import { openLink } from "./sealed-link";

export type EmailStatus = (typeof emailOutbox.status.enumValues)[number];

export interface OutboxListItem {
  readonly id: string;
  readonly kind: EmailKind;
  readonly toAddress: string;
  readonly subject: string;
  readonly status: EmailStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
  readonly nextAttemptAt: Date;
  readonly engagementId: string | null;
  readonly engagementTitle: string | null;
  readonly clientName: string | null;
}

export const OUTBOX_PAGE_SIZE = 50;

const listColumns = {
  id: emailOutbox.id,
  kind: emailOutbox.kind,
  toAddress: emailOutbox.toAddress,
  subject: emailOutbox.subject,
  status: emailOutbox.status,
  attempts: emailOutbox.attempts,
  lastError: emailOutbox.lastError,
  createdAt: emailOutbox.createdAt,
  sentAt: emailOutbox.sentAt,
  nextAttemptAt: emailOutbox.nextAttemptAt,
  engagementId: emailOutbox.engagementId,
  engagementTitle: engagements.title,
  clientName: clients.name,
};

/** Newest first, one page at a time, with the number of messages per status. */
export async function listOutbox(
  ctx: FirmContext,
  options: { page: number },
): Promise<{ items: OutboxListItem[]; total: number; byStatus: Record<EmailStatus, number> }> {
  const page = Math.max(1, Math.floor(options.page) || 1);
  const items = await ctx.db
    .select(listColumns)
    .from(emailOutbox)
    .leftJoin(engagements, eq(engagements.id, emailOutbox.engagementId))
    .leftJoin(clients, eq(clients.id, engagements.clientId))
    .where(eq(emailOutbox.firmId, ctx.firm.id))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE);
  const counts = await ctx.db
    .select({ status: emailOutbox.status, n: sql<number>`count(*)::int` })
    .from(emailOutbox)
    .where(eq(emailOutbox.firmId, ctx.firm.id))
    .groupBy(emailOutbox.status);
  const byStatus: Record<EmailStatus, number> = { queued: 0, sending: 0, sent: 0, failed: 0 };
  for (const c of counts) byStatus[c.status] = c.n;
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  return { items, total, byStatus };
}

/**
 * Why the link of a message is (not) shown: available while undelivered; gone once delivered
 * or withdrawn; restricted for set-password links, which only the firm's owners may copy
 * (anyone else could take over the new account with it), and for password resets, which
 * nobody but the recipient may see. The link is opened (unsealed) only when shown.
 */
export type LinkState = "available" | "removed" | "restricted";

export interface OutboxMessageDetail extends OutboxListItem {
  readonly textBody: string;
  readonly htmlBody: string;
  readonly link: string | null;
  readonly linkState: LinkState;
}

export async function getOutboxMessage(ctx: FirmContext, messageId: string): Promise<OutboxMessageDetail> {
  if (!isUuid(messageId)) throw new NotFoundError("message");
  const [row] = await ctx.db
    .select({ ...listColumns, textBody: emailOutbox.textBody, htmlBody: emailOutbox.htmlBody, secretLink: emailOutbox.secretLink })
    .from(emailOutbox)
    .leftJoin(engagements, eq(engagements.id, emailOutbox.engagementId))
    .leftJoin(clients, eq(clients.id, engagements.clientId))
    .where(and(eq(emailOutbox.id, messageId), eq(emailOutbox.firmId, ctx.firm.id)));
  if (!row) throw new NotFoundError("message");
  const { secretLink, ...message } = row;
  const restricted = message.kind === "password_reset" || (message.kind === "set_password" && !can(ctx.role, "team.manage"));
  const linkState: LinkState = !secretLink || message.status === "sent" ? "removed" : restricted ? "restricted" : "available";
  const link = linkState === "available" ? openLink(secretLink) : null;
  return { ...message, link, linkState: linkState === "available" && !link ? "removed" : linkState };
}

export interface LatestMessage {
  readonly kind: EmailKind;
  readonly status: EmailStatus;
  readonly lastError: string | null;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
}

/**
 * Each respondent's most recent e-mail (invitation or reminder) in an engagement, for the
 * respondents list: queued / sending / sent / failed with the reason.
 */
export async function latestMessagesByRespondent(ctx: FirmContext, engagementId: string): Promise<Map<string, LatestMessage>> {
  if (!isUuid(engagementId)) throw new NotFoundError("engagement");
  const [engagement] = await ctx.db
    .select({ id: engagements.id })
    .from(engagements)
    .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, ctx.firm.id)));
  if (!engagement) throw new NotFoundError("engagement");
  const rows = await ctx.db
    .selectDistinctOn([emailOutbox.respondentId], {
      respondentId: emailOutbox.respondentId,
      kind: emailOutbox.kind,
      status: emailOutbox.status,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(
      and(
        eq(emailOutbox.firmId, ctx.firm.id),
        eq(emailOutbox.engagementId, engagementId),
        inArray(emailOutbox.kind, ["invitation", "reminder"]),
      ),
    )
    .orderBy(emailOutbox.respondentId, desc(emailOutbox.createdAt), desc(emailOutbox.id));
  const out = new Map<string, LatestMessage>();
  for (const { respondentId, ...m } of rows) if (respondentId) out.set(respondentId, m);
  return out;
}
