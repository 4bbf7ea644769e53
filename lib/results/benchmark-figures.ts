import "server-only";
/**
 * The firm benchmark's input per engagement, frozen: an engagement's pillar means in both
 * weightings are computed once when it closes (and again after it is reopened and closed, or a
 * respondent is erased), so a results page reads five numbers per engagement of the firm instead
 * of loading and re-scoring all their answers on every view.
 */
import { and, eq, inArray } from "drizzle-orm";
import { engagements } from "../../db/schema";
import type { Executor } from "../../db/types";
import { getModel, MODEL_VERSIONS } from "../model";
import { benchmarkFigures, type BenchmarkFigures } from "../scoring/benchmark";
import { loadSubmittedResponses } from "./load";

/** Computes and stores the figures of one engagement of the firm; null without a known model or answers. */
export async function freezeBenchmarkFigures(db: Executor, firmId: string, engagementId: string): Promise<BenchmarkFigures | null> {
  const [row] = await db
    .select({ modelVersion: engagements.modelVersion })
    .from(engagements)
    .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, firmId)));
  if (!row || !Object.prototype.hasOwnProperty.call(MODEL_VERSIONS, row.modelVersion)) return null;
  const model = getModel(row.modelVersion);
  const { responses } = await loadSubmittedResponses({ db, firm: { id: firmId } }, engagementId, model, { people: false });
  if (responses.length === 0) return null;
  const figures = benchmarkFigures(model, responses);
  await db.update(engagements).set({ benchmarkFigures: figures }).where(and(eq(engagements.id, engagementId), eq(engagements.firmId, firmId)));
  return figures;
}

/** Forgets the figures (reopened, or a respondent erased): they are frozen again when needed. */
export async function clearBenchmarkFigures(db: Executor, firmId: string, engagementIds: readonly string[]): Promise<void> {
  if (engagementIds.length === 0) return;
  await db
    .update(engagements)
    .set({ benchmarkFigures: null })
    .where(and(eq(engagements.firmId, firmId), inArray(engagements.id, [...engagementIds])));
}
