import "server-only";
/**
 * Engagement writes: create, edit (guarded by the revision), status transitions. Every one is
 * scoped to the caller's firm, runs in one transaction and writes an audit entry (ids and
 * field names only, never values).
 */
import { and, eq, sql } from "drizzle-orm";
import { clients, engagements, type Engagement, type EngagementStatus } from "../../db/schema";
import type { Executor } from "../../db/types";
import { writeAudit } from "../audit";
import type { FirmContext } from "../auth/context";
import { AppError, NotFoundError } from "../errors";
import { isUuid } from "../ids";
import { CURRENT_MODEL_VERSION } from "../model/version";
import { FieldRuleError } from "./field-error";
import { assertValidSettings, changedSettings, type EngagementSettings } from "./settings";
import { clearBenchmarkFigures, freezeBenchmarkFigures } from "../results/benchmark-figures";
import { canChangeStatusManually } from "./status";

/** The client must be the firm's (else not found) and, when newly chosen, not archived. */
async function checkClient(tx: Executor, ctx: FirmContext, clientId: string): Promise<void> {
  const [client] = await tx
    .select({ id: clients.id, archivedAt: clients.archivedAt })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.firmId, ctx.firm.id)));
  if (!client) throw new NotFoundError("client");
  if (client.archivedAt) throw new FieldRuleError("clientId", "client_archived");
}

/**
 * The previous engagement must be the firm's (else not found), of the same client, and older
 * than this one (which rules out itself and cycles).
 */
async function checkPrevious(
  tx: Executor,
  ctx: FirmContext,
  previousId: string | null,
  clientId: string,
  self?: { id: string; createdAt: Date },
): Promise<void> {
  if (previousId === null) return;
  if (self && previousId === self.id) throw new FieldRuleError("previousEngagementId", "previous_self");
  const [previous] = await tx
    .select({ id: engagements.id, clientId: engagements.clientId, createdAt: engagements.createdAt })
    .from(engagements)
    .where(and(eq(engagements.id, previousId), eq(engagements.firmId, ctx.firm.id)));
  if (!previous) throw new NotFoundError("engagement");
  if (previous.clientId !== clientId) throw new FieldRuleError("previousEngagementId", "previous_other_client");
  if (self && previous.createdAt.getTime() >= self.createdAt.getTime()) {
    throw new FieldRuleError("previousEngagementId", "previous_not_earlier");
  }
}

/** Picks exactly the settings fields (from a row or an input that may carry more). */
const settingsOf = (e: EngagementSettings): EngagementSettings => ({
  clientId: e.clientId,
  title: e.title,
  respondentTitle: e.respondentTitle,
  scanLocale: e.scanLocale,
  closesAt: e.closesAt,
  anonymityK: e.anonymityK,
  weighting: e.weighting,
  previousEngagementId: e.previousEngagementId,
  inviteIntro: e.inviteIntro,
  autoReminderDaysBefore: e.autoReminderDaysBefore,
});

/** Only the settings, so nothing else (model version, status, revision) can slip in. */
const settingsValues = (s: EngagementSettings): EngagementSettings => ({
  ...settingsOf(s),
  title: s.title.trim(),
  respondentTitle: s.respondentTitle?.trim() || null,
});

/** Creates a draft engagement on the current model version, which it keeps for good. */
export async function createEngagement(ctx: FirmContext, settings: EngagementSettings, now = new Date()): Promise<Engagement> {
  assertValidSettings(settings, now);
  const values = settingsValues(settings);
  if (!isUuid(values.clientId)) throw new NotFoundError("client");
  return ctx.db.transaction(async (tx) => {
    await checkClient(tx, ctx, values.clientId);
    await checkPrevious(tx, ctx, values.previousEngagementId, values.clientId);
    const [row] = await tx
      .insert(engagements)
      .values({
        ...values,
        firmId: ctx.firm.id,
        status: "draft",
        modelVersion: CURRENT_MODEL_VERSION,
        createdBy: ctx.user.id,
      })
      .returning();
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "engagement.created",
      entityType: "engagement",
      entityId: row!.id,
      details: { clientId: values.clientId, previousEngagementId: values.previousEngagementId },
    });
    return row!;
  });
}

/**
 * Saves the settings of an engagement loaded at `revision`. When someone saved in between, the
 * revision no longer matches and the save is refused with `conflict` (nothing is overwritten).
 * A save that changes nothing keeps the revision and writes no audit entry.
 */
export async function updateEngagement(
  ctx: FirmContext,
  engagementId: string,
  revision: number,
  settings: EngagementSettings,
  now = new Date(),
): Promise<{ engagement: Engagement; changed: (keyof EngagementSettings)[] }> {
  if (!isUuid(engagementId)) throw new NotFoundError("engagement");
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(engagements)
      .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, ctx.firm.id)));
    if (!current) throw new NotFoundError("engagement");
    if (current.revision !== revision) throw new AppError("conflict");
    assertValidSettings(settings, now, current);
    const values = settingsValues(settings);
    const changed = changedSettings(settingsOf(current), values);
    if (changed.length === 0) return { engagement: current, changed };
    if (changed.includes("clientId")) {
      if (!isUuid(values.clientId)) throw new NotFoundError("client");
      await checkClient(tx, ctx, values.clientId);
    }
    if (changed.includes("clientId") || changed.includes("previousEngagementId")) {
      await checkPrevious(tx, ctx, values.previousEngagementId, values.clientId, current);
    }
    // A new close date or reminder setting schedules the automatic reminder afresh.
    const rescheduled = changed.includes("closesAt") || changed.includes("autoReminderDaysBefore");
    const [row] = await tx
      .update(engagements)
      .set({
        ...values,
        ...(rescheduled ? { autoReminderSentAt: null } : {}),
        revision: sql`${engagements.revision} + 1`,
        updatedAt: now,
      })
      .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, ctx.firm.id), eq(engagements.revision, revision)))
      .returning();
    if (!row) throw new AppError("conflict");
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "engagement.updated",
      entityType: "engagement",
      entityId: engagementId,
      details: { fields: changed },
    });
    return { engagement: row, changed };
  });
}

/**
 * Moves the engagement along its life cycle (lib/engagements/status.ts). A transition that is
 * not allowed from the current status — including one that someone else made first — is
 * refused with `invalid_transition`. Status changes do not bump the settings revision: an open
 * settings form stays saveable.
 */
export async function changeEngagementStatus(
  ctx: FirmContext,
  engagementId: string,
  to: EngagementStatus,
): Promise<{ from: EngagementStatus; to: EngagementStatus }> {
  if (!isUuid(engagementId)) throw new NotFoundError("engagement");
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: engagements.status })
      .from(engagements)
      .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, ctx.firm.id)));
    if (!current) throw new NotFoundError("engagement");
    const from = current.status;
    if (!canChangeStatusManually(from, to)) throw new AppError("invalid_transition");
    const [row] = await tx
      .update(engagements)
      .set({ status: to, updatedAt: new Date() })
      .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, ctx.firm.id), eq(engagements.status, from)))
      .returning({ id: engagements.id });
    if (!row) throw new AppError("invalid_transition");
    // The firm benchmark reads figures frozen at close; any other move back forgets them.
    if (to === "closed") await freezeBenchmarkFigures(tx, ctx.firm.id, engagementId);
    else if (to === "open" || to === "draft") await clearBenchmarkFigures(tx, ctx.firm.id, [engagementId]);
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "engagement.status_changed",
      entityType: "engagement",
      entityId: engagementId,
      details: { from, to },
    });
    return { from, to };
  });
}
