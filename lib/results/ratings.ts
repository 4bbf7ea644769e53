import "server-only";
/**
 * The consultant's own rating per pillar (level 1–5 and a note). Stored apart from the answers
 * and never passed to the scoring engine: it is shown beside the respondents' figures, never
 * mixed into them.
 */
import { and, asc, eq } from "drizzle-orm";
import { consultantRatings, users } from "../../db/schema";
import type { LevelNumber, PillarKey } from "../model/types";
import { PILLAR_KEYS } from "../model/types";
import { writeAudit } from "../audit";
import type { FirmContext } from "../auth/context";
import { getResultsEngagement } from "./engagement";
import type { ResultsScope } from "./load";
import type { Transaction } from "../../db";
import { ratingsOf, type PillarRating, type SaveRatingInput, type SaveRatingsInput } from "./schemas";

export interface ConsultantRatingView {
  readonly pillar: PillarKey;
  readonly level: LevelNumber;
  readonly note: string | null;
  readonly updatedAt: Date;
  /** Name of who saved it last; `null` when that account is gone. */
  readonly updatedByName: string | null;
}

/** The engagement's ratings in model pillar order (the caller has checked the engagement). */
export async function listRatings(scope: ResultsScope, engagementId: string): Promise<ConsultantRatingView[]> {
  const rows = await scope.db
    .select({
      pillar: consultantRatings.pillar,
      level: consultantRatings.level,
      note: consultantRatings.note,
      updatedAt: consultantRatings.updatedAt,
      updatedByName: users.name,
    })
    .from(consultantRatings)
    .leftJoin(users, eq(users.id, consultantRatings.updatedBy))
    .where(and(eq(consultantRatings.engagementId, engagementId), eq(consultantRatings.firmId, scope.firm.id)))
    .orderBy(asc(consultantRatings.pillar));
  return rows
    .map((r) => ({ ...r, level: r.level as LevelNumber }))
    .sort((a, b) => PILLAR_KEYS.indexOf(a.pillar) - PILLAR_KEYS.indexOf(b.pillar));
}

/** Rating level per pillar (`null` where none), in model order — for charts and tables. */
export function ratingLevels(ratings: readonly ConsultantRatingView[]): Record<PillarKey, LevelNumber | null> {
  const out = Object.fromEntries(PILLAR_KEYS.map((p) => [p, null])) as Record<PillarKey, LevelNumber | null>;
  for (const r of ratings) out[r.pillar] = r.level;
  return out;
}

/**
 * Saves (or, with an empty level, removes) the rating of one pillar. Audited with the pillar
 * and level only; the note is the consultant's own text and stays in the rating.
 */
export async function saveRating(
  ctx: FirmContext,
  input: SaveRatingInput,
): Promise<{ pillar: PillarKey; level: number | null; removed: boolean }> {
  const engagement = await getResultsEngagement(ctx, input.engagementId);
  return ctx.db.transaction((tx) => writeRating(tx, ctx, engagement.id, input));
}

/**
 * Saves the ratings of all pillars of one form at once, in one transaction: the consultant
 * fills in five pillars and presses one button, so either all five are stored or none.
 * Pillars whose level and note did not change are left alone (no new date, no audit line).
 */
export async function saveRatings(ctx: FirmContext, input: SaveRatingsInput): Promise<{ changed: PillarKey[] }> {
  const engagement = await getResultsEngagement(ctx, input.engagementId);
  return ctx.db.transaction(async (tx) => {
    const current = await tx
      .select({ pillar: consultantRatings.pillar, level: consultantRatings.level, note: consultantRatings.note })
      .from(consultantRatings)
      .where(and(eq(consultantRatings.engagementId, engagement.id), eq(consultantRatings.firmId, ctx.firm.id)));
    const changed: PillarKey[] = [];
    for (const rating of ratingsOf(input)) {
      const before = current.find((r) => r.pillar === rating.pillar);
      const same = before ? before.level === rating.level && before.note === rating.note : rating.level === null;
      if (same) continue;
      await writeRating(tx, ctx, engagement.id, rating);
      changed.push(rating.pillar);
    }
    return { changed };
  });
}

async function writeRating(
  tx: Transaction,
  ctx: FirmContext,
  engagementId: string,
  input: PillarRating,
): Promise<{ pillar: PillarKey; level: number | null; removed: boolean }> {
  const where = and(
    eq(consultantRatings.engagementId, engagementId),
    eq(consultantRatings.pillar, input.pillar),
    eq(consultantRatings.firmId, ctx.firm.id),
  );
  if (input.level === null) {
    const removed = await tx.delete(consultantRatings).where(where).returning({ pillar: consultantRatings.pillar });
    if (removed.length > 0) {
      await writeAudit(tx, {
        firmId: ctx.firm.id,
        actorUserId: ctx.user.id,
        action: "results.rating_removed",
        entityType: "engagement",
        entityId: engagementId,
        details: { pillar: input.pillar },
      });
    }
    return { pillar: input.pillar, level: null, removed: removed.length > 0 };
  }
  const now = new Date();
  await tx
    .insert(consultantRatings)
    .values({
      firmId: ctx.firm.id,
      engagementId,
      pillar: input.pillar,
      level: input.level,
      note: input.note,
      updatedBy: ctx.user.id,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [consultantRatings.engagementId, consultantRatings.pillar],
      set: { level: input.level, note: input.note, updatedBy: ctx.user.id, updatedAt: now },
      setWhere: eq(consultantRatings.firmId, ctx.firm.id),
    });
  await writeAudit(tx, {
    firmId: ctx.firm.id,
    actorUserId: ctx.user.id,
    action: "results.rating_saved",
    entityType: "engagement",
    entityId: engagementId,
    details: { pillar: input.pillar, level: input.level },
  });
  return { pillar: input.pillar, level: input.level, removed: false };
}
