import "server-only";
/**
 * The automatic reminder: once per engagement, `auto_reminder_days_before` days before the
 * close date (see schedule.ts). A background job across all firms; safe when several server
 * instances run it at once, because the conditional UPDATE … WHERE auto_reminder_sent_at IS
 * NULL lets exactly one of them claim the engagement, in the same transaction as the sending.
 */
import { and, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { engagements, users } from "../../db/schema";
import type { Database } from "../../db/types";
import { recipientsOf } from "./recipients";
import { lockEngagement, sendRound } from "./rounds";
import { autoReminderIsDue } from "./schedule";

export async function runAutomaticReminders(
  db: Database,
  options: { now?: Date } = {},
): Promise<{ engagements: number; messages: number }> {
  const now = options.now ?? new Date();
  const candidates = await db
    .select({
      id: engagements.id,
      firmId: engagements.firmId,
      closesAt: engagements.closesAt,
      autoReminderDaysBefore: engagements.autoReminderDaysBefore,
      autoReminderSentAt: engagements.autoReminderSentAt,
    })
    .from(engagements)
    .where(
      and(
        eq(engagements.status, "open"),
        isNotNull(engagements.autoReminderDaysBefore),
        isNull(engagements.autoReminderSentAt),
        gt(engagements.closesAt, now),
        // A coarse filter in SQL; the exact moment (09:00 in Amsterdam) is decided below.
        sql`${engagements.closesAt} - make_interval(days => ${engagements.autoReminderDaysBefore} + 1) <= ${now.toISOString()}::timestamptz`,
      ),
    );
  const result = { engagements: 0, messages: 0 };
  for (const candidate of candidates.filter((c) => autoReminderIsDue(c, now))) {
    try {
      const sent = await remindOne(db, candidate.firmId, candidate.id, now);
      if (sent !== null) {
        result.engagements += 1;
        result.messages += sent;
      }
    } catch (error) {
      // One broken engagement must not keep the others from their reminder.
      console.error(`[auto-reminders] engagement ${candidate.id}`, error);
    }
  }
  return result;
}

/** Null when another instance (or an earlier run) already sent it. */
async function remindOne(db: Database, firmId: string, engagementId: string, now: Date): Promise<number | null> {
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(engagements)
      .set({ autoReminderSentAt: now })
      .where(and(eq(engagements.id, engagementId), isNull(engagements.autoReminderSentAt), eq(engagements.status, "open")))
      .returning({ id: engagements.id });
    if (!claimed) return null;
    const engagement = await lockEngagement(tx, firmId, engagementId);
    if (!engagement) return null;
    const [creator] = engagement.createdBy
      ? await tx.select({ name: users.name }).from(users).where(eq(users.id, engagement.createdBy))
      : [];
    // Sent (and recorded as sent) even to nobody: the moment has passed, and a reminder right
    // after a later invitation round would only annoy.
    return sendRound(tx, {
      engagement,
      kind: "reminder",
      recipients: await recipientsOf(tx, engagementId, "reminder"),
      actor: null,
      senderName: creator?.name ?? null,
      auditAction: "invitations.auto_reminder_sent",
    });
  });
}
