import "server-only";
/** What the invitations page shows. Scoped to the caller's firm. */
import { and, eq, sql } from "drizzle-orm";
import { clients, engagements, respondents, type EngagementStatus } from "../../db/schema";
import type { FirmContext } from "../auth/context";
import { NotFoundError } from "../errors";
import { isUuid } from "../ids";
import { recipientsFingerprint } from "./fingerprint";
import { recipientsOf, type Recipient } from "./recipients";
import { autoReminderDueAt } from "./schedule";

/** Names listed in a preview; the count and the fingerprint always cover everyone. */
export const PREVIEW_LIMIT = 200;

export interface RecipientPreview {
  readonly count: number;
  readonly fingerprint: string;
  readonly people: readonly Recipient[];
}

export interface InvitationOverview {
  readonly engagement: {
    readonly id: string;
    readonly title: string;
    readonly clientName: string;
    readonly status: EngagementStatus;
    readonly closesAt: Date | null;
    readonly autoReminderDaysBefore: number | null;
    readonly autoReminderSentAt: Date | null;
    /** When the automatic reminder is (or was) due; null when none is set up. */
    readonly autoReminderDueAt: Date | null;
  };
  readonly counts: {
    readonly total: number;
    readonly notInvited: number;
    /** Invited and not submitted yet. */
    readonly invited: number;
    readonly submitted: number;
    /** Invited, not submitted, links revoked: no reminder for them. */
    readonly revoked: number;
  };
  readonly toInvite: RecipientPreview;
  readonly toRemind: RecipientPreview;
}

function preview(list: Recipient[]): RecipientPreview {
  return { count: list.length, fingerprint: recipientsFingerprint(list.map((r) => r.id)), people: list.slice(0, PREVIEW_LIMIT) };
}

export async function getInvitationOverview(ctx: FirmContext, engagementId: string): Promise<InvitationOverview> {
  if (!isUuid(engagementId)) throw new NotFoundError("engagement");
  const [engagement] = await ctx.db
    .select({
      id: engagements.id,
      title: engagements.title,
      clientName: clients.name,
      status: engagements.status,
      closesAt: engagements.closesAt,
      autoReminderDaysBefore: engagements.autoReminderDaysBefore,
      autoReminderSentAt: engagements.autoReminderSentAt,
    })
    .from(engagements)
    .innerJoin(clients, eq(clients.id, engagements.clientId))
    .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, ctx.firm.id)));
  if (!engagement) throw new NotFoundError("engagement");
  const [counts] = await ctx.db
    .select({
      total: sql<number>`count(*)::int`,
      notInvited: sql<number>`(count(*) filter (where ${respondents.invitedAt} is null and ${respondents.submittedAt} is null))::int`,
      invited: sql<number>`(count(*) filter (where ${respondents.invitedAt} is not null and ${respondents.submittedAt} is null))::int`,
      submitted: sql<number>`(count(*) filter (where ${respondents.submittedAt} is not null))::int`,
      revoked: sql<number>`(count(*) filter (where ${respondents.invitedAt} is not null and ${respondents.submittedAt} is null and ${respondents.linkRevokedAt} is not null))::int`,
    })
    .from(respondents)
    .where(and(eq(respondents.engagementId, engagementId), eq(respondents.firmId, ctx.firm.id)));
  const [toInvite, toRemind] = await Promise.all([
    recipientsOf(ctx.db, engagementId, "invitation"),
    recipientsOf(ctx.db, engagementId, "reminder"),
  ]);
  const { closesAt, autoReminderDaysBefore: days } = engagement;
  return {
    engagement: { ...engagement, autoReminderDueAt: closesAt && days !== null ? autoReminderDueAt(closesAt, days) : null },
    counts: counts ?? { total: 0, notInvited: 0, invited: 0, submitted: 0, revoked: 0 },
    toInvite: preview(toInvite),
    toRemind: preview(toRemind),
  };
}
