import "server-only";
/**
 * One round of invitations or reminders, inside the caller's transaction: a fresh personal
 * link per message, the messages in the outbox, the respondents' invited_at / last_reminded_at
 * set and the audit entry written, all or nothing.
 */
import { randomBytes } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { clients, engagements, firms, respondentLinks, respondents } from "../../db/schema";
import type { Executor } from "../../db/types";
import { writeAudit } from "../audit";
import { emailFirm } from "../branding/email";
import { enqueueEmails } from "../email/outbox";
import { renderEmail } from "../email/templates";
import { env } from "../env";
import { hashScanToken, scanUrl } from "../respondents/links";
import type { Recipient, RoundKind } from "./recipients";

export interface RoundEngagement {
  readonly id: string;
  readonly firmId: string;
  readonly status: string;
  readonly clientName: string;
  readonly inviteIntro: string | null;
  readonly closesAt: Date | null;
  readonly anonymityK: number;
  readonly createdBy: string | null;
  readonly firmName: string;
  readonly primaryColor: string | null;
  /** Branding for the e-mail: logo cache key (null = no logo) and contact line. */
  readonly logoVersion: string | null;
  readonly footerText: string | null;
}

/**
 * The engagement of the firm, row-locked until the transaction ends, so two rounds for the
 * same engagement (a double click, two colleagues) run one after the other.
 */
export async function lockEngagement(tx: Executor, firmId: string, engagementId: string): Promise<RoundEngagement | null> {
  const [row] = await tx
    .select({
      id: engagements.id,
      firmId: engagements.firmId,
      status: engagements.status,
      clientName: clients.name,
      inviteIntro: engagements.inviteIntro,
      closesAt: engagements.closesAt,
      anonymityK: engagements.anonymityK,
      createdBy: engagements.createdBy,
      firmName: firms.name,
      primaryColor: firms.primaryColor,
      logoVersion: sql<string | null>`substr(md5(${firms.logo}), 1, 12)`,
      footerText: firms.footerText,
    })
    .from(engagements)
    .innerJoin(clients, eq(clients.id, engagements.clientId))
    .innerJoin(firms, eq(firms.id, engagements.firmId))
    .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, firmId)))
    .for("update", { of: engagements });
  return row ?? null;
}

const CHUNK = 500;

/**
 * A new valid link per respondent: the batch form of issueRespondentLink (same token size,
 * same hash, same URL), so a round of thousands is a few statements.
 */
async function issueLinks(tx: Executor, respondentIds: readonly string[]): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  const rows = respondentIds.map((respondentId) => {
    const token = randomBytes(32).toString("base64url");
    links.set(respondentId, scanUrl(token));
    return { respondentId, tokenHash: hashScanToken(token) };
  });
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(respondentLinks).values(rows.slice(i, i + CHUNK));
  return links;
}

export async function sendRound(
  tx: Executor,
  input: {
    readonly engagement: RoundEngagement;
    readonly kind: RoundKind;
    readonly recipients: readonly Recipient[];
    /** The consultant sending (null for the automatic reminder). */
    readonly actor: { readonly id: string; readonly name: string } | null;
    /** Whose name signs the message. */
    readonly senderName: string | null;
    readonly auditAction: string;
  },
): Promise<number> {
  const { engagement: e, kind, recipients } = input;
  const ids = recipients.map((r) => r.id);
  const links = await issueLinks(tx, ids);
  await enqueueEmails(
    tx,
    recipients.map((r) => ({
      firmId: e.firmId,
      kind,
      toAddress: r.email,
      link: links.get(r.id)!,
      engagementId: e.id,
      respondentId: r.id,
      createdBy: input.actor?.id ?? e.createdBy,
      content: renderEmail({
        kind,
        locale: r.locale,
        recipientName: r.name,
        firm: emailFirm({ id: e.firmId, name: e.firmName, primaryColor: e.primaryColor, logoVersion: e.logoVersion, footerText: e.footerText }, env.appUrl),
        senderName: input.senderName,
        clientName: e.clientName,
        intro: e.inviteIntro,
        closesAt: e.closesAt,
        anonymityK: e.anonymityK,
      }),
    })),
  );
  const stamp = kind === "invitation" ? { invitedAt: sql`now()`, linkRevokedAt: null } : { lastRemindedAt: sql`now()` };
  for (let i = 0; i < ids.length; i += CHUNK) {
    await tx
      .update(respondents)
      .set({ ...stamp, updatedAt: sql`now()` })
      .where(and(eq(respondents.engagementId, e.id), inArray(respondents.id, ids.slice(i, i + CHUNK))));
  }
  await writeAudit(tx, {
    firmId: e.firmId,
    actorUserId: input.actor?.id ?? null,
    action: input.auditAction,
    entityType: "engagement",
    entityId: e.id,
    details: { count: recipients.length },
  });
  return recipients.length;
}
