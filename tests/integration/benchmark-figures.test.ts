/**
 * The firm benchmark reads each engagement's pillar means frozen at close (issue: results at the
 * speed of SQL): frozen on close, cleared on reopen and on erasure, filled once for engagements
 * closed before the figures existed, and always equal to re-scoring the answers.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clients, engagements, respondents } from "../../db/schema";
import { changeEngagementStatus } from "../../lib/engagements/mutations";
import { getModel } from "../../lib/model";
import { getBenchmark } from "../../lib/results/compare";
import { storeResponses } from "../../lib/results/testing/store";
import { removeRespondent } from "../../lib/respondents/queries";
import { benchmarkFigures, firmBenchmark, scoreEngagement } from "../../lib/scoring";
import type { ScanResponse } from "../../lib/scoring";
import { syntheticResponses } from "../../scripts/bench/synthetic";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const db = await testDatabase();
const model = getModel("2026.1");
let f: Awaited<ReturnType<typeof seededFirms>>;

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
});

const figuresOf = async (id: string) => (await db.select({ figures: engagements.benchmarkFigures }).from(engagements).where(eq(engagements.id, id)))[0]!.figures;
const means = (responses: readonly ScanResponse[], weighting: "role_group" | "respondent") =>
  Object.fromEntries(scoreEngagement(model, { modelVersion: "2026.1", responses, settings: { weighting } }).pillars.map((p) => [p.pillar, p.mean]));

describe("frozen benchmark figures", () => {
  it("are frozen on close, cleared on reopen and erasure, and the benchmark equals re-scoring", async () => {
    const ctx = f.otherFirm;
    const firmId = ctx.firm.id;
    const own = (await db.insert(clients).values({ firmId, name: "Eigen klant", industry: "logistics", sizeBand: "51-250" }).returning())[0]!;
    const stored: { engagementId: string; clientId: string; responses: ScanResponse[] }[] = [];
    for (let i = 0; i < 5; i++) {
      const client = (await db.insert(clients).values({ firmId, name: `Klant ${i}`, industry: "retail", sizeBand: "51-250" }).returning())[0]!;
      const [e] = await db.insert(engagements).values({ firmId, clientId: client.id, title: `Scan ${i}`, status: "open", modelVersion: "2026.1" }).returning();
      const responses = syntheticResponses(model, 900 + i, 9);
      const ids = await storeResponses(db, { firmId, engagementId: e!.id }, responses.map((r, j) => ({ name: `P${i}-${j}`, response: r })));
      stored.push({ engagementId: e!.id, clientId: client.id, responses: responses.map((r) => ({ ...r, respondentId: ids.get(r.respondentId)! })) });
    }
    // Closing freezes both weightings in the same transaction.
    for (const s of stored) await changeEngagementStatus(ctx, s.engagementId, "closed");
    const first = stored[0]!;
    expect(await figuresOf(first.engagementId)).toEqual(benchmarkFigures(model, first.responses));
    expect((await figuresOf(first.engagementId))?.respondent).toEqual(means(first.responses, "respondent"));

    for (const weighting of ["role_group", "respondent"] as const) {
      const result = await getBenchmark(ctx, { excludeClientId: own.id, weighting, filter: { industry: null, sizeBand: null } });
      const expected = firmBenchmark(stored.map((s) => ({ clientId: s.clientId, engagementId: s.engagementId, pillarMeans: means(s.responses, weighting) })));
      expect(result.benchmark).toEqual(expected);
      expect(result.engagements).toBe(5);
    }

    // Reopening forgets them; closing again freezes them again.
    await changeEngagementStatus(ctx, first.engagementId, "open");
    expect(await figuresOf(first.engagementId)).toBeNull();
    await changeEngagementStatus(ctx, first.engagementId, "closed");
    expect(await figuresOf(first.engagementId)).not.toBeNull();

    // Erasing a respondent forgets them; the next benchmark freezes the figures without that person.
    const erased = first.responses[0]!;
    await removeRespondent(ctx, first.engagementId, erased.respondentId);
    expect(await figuresOf(first.engagementId)).toBeNull();
    const after = await getBenchmark(ctx, { excludeClientId: own.id, weighting: "role_group", filter: { industry: null, sizeBand: null } });
    const remaining = first.responses.slice(1);
    expect(await figuresOf(first.engagementId)).toEqual(benchmarkFigures(model, remaining));
    expect(after.benchmark).toEqual(
      firmBenchmark(stored.map((s) => ({ clientId: s.clientId, engagementId: s.engagementId, pillarMeans: means(s === first ? remaining : s.responses, "role_group") }))),
    );
    expect(await db.select().from(respondents).where(and(eq(respondents.id, erased.respondentId)))).toEqual([]);
  });
});
