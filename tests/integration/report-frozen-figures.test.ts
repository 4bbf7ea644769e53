/**
 * A published version never changes (issue #19): its figures are served as frozen, even when the
 * engine computes them differently now (desired level weighted by role group since this change);
 * the draft shows the engine's current figures.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { reportVersions } from "../../db/schema";
import { loadReportData } from "../../lib/reports/load";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
let demoId: string;

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db, { publish: true });
  demoId = f.firmAEngagements.find((e) => e.title === "Scan salesteam Q4")!.id;
});

type StoredView = { view: { status: string; total: { ambition: { pillar: string; desired: number | null }[] } } };

describe("published figures stay frozen", () => {
  it("serves a version's desired level as stored, the draft as the engine computes it now", async () => {
    const [version] = await db.select().from(reportVersions).where(eq(reportVersions.engagementId, demoId));
    const stored = version!.results as unknown as StoredView;
    expect(stored.view.status).toBe("ok");
    const draft = await loadReportData(db, f.owner.firm.id, demoId, { version: "draft", locale: "nl" });
    const draftDesired = (draft.results as unknown as StoredView).view.total.ambition[0]!.desired!;
    expect(stored.view.total.ambition[0]!.desired).toBeCloseTo(draftDesired, 12);

    // As if the version had been frozen by an engine that weighted the desired level otherwise.
    const older = structuredClone(stored);
    older.view.total.ambition[0]!.desired = 4.25;
    await db.update(reportVersions).set({ results: older as unknown as Record<string, unknown> }).where(eq(reportVersions.id, version!.id));

    const published = await loadReportData(db, f.owner.firm.id, demoId, { version: 1, locale: "nl" });
    expect((published.results as unknown as StoredView).view.total.ambition[0]!.desired).toBe(4.25);
    const draftAgain = await loadReportData(db, f.owner.firm.id, demoId, { version: "draft", locale: "nl" });
    expect((draftAgain.results as unknown as StoredView).view.total.ambition[0]!.desired).toBeCloseTo(draftDesired, 12);
  });
});
