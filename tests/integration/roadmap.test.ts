/**
 * The roadmap through the real tables: generated from the demo's closed engagement with the
 * consultant's full results; saves guarded by the revision (a stale save changes nothing);
 * regenerating keeps custom and edited items; too few scans give an empty draft that still
 * takes custom items; another firm's consultant gets not-found everywhere.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, engagements, roadmaps } from "../../db/schema";
import { AppError, NotFoundError } from "../../lib/errors";
import { getModel } from "../../lib/model";
import type { RoadmapDocument } from "../../lib/roadmap/document";
import { generateRoadmap, regenerateRoadmap, saveRoadmap } from "../../lib/roadmap/mutations";
import { addCustomItem, moveItem, setFindings, setSummary, updateItem } from "../../lib/roadmap/operations";
import { getEngagementRoadmap } from "../../lib/roadmap/queries";
import { roadmapDocumentSchema } from "../../lib/roadmap/schema";
import { getEngagementResults } from "../../lib/results/queries";
import { PHASES } from "../../lib/scoring/roadmap";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";
import { rejection } from "./clients-engagements.fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
let closedId: string;
let openId: string;

const code = async (promise: Promise<unknown>) => {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
};
const stored = async (engagementId: string) => (await db.select().from(roadmaps).where(eq(roadmaps.engagementId, engagementId)))[0];

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
  closedId = f.firmAEngagements.find((e) => e.title === "Scan salesteam Q4")!.id;
  openId = f.firmAEngagements.find((e) => e.status === "open")!.id;
});

describe("generating the roadmap", () => {
  it("drafts from the consultant's results of the closed demo engagement", async () => {
    const result = await generateRoadmap(f.consultant, closedId);
    expect(result.revision).toBe(1);
    expect(result.scored).toBe(true);
    const doc = result.document;
    expect(roadmapDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.items.length).toBeGreaterThan(0);
    expect(doc.items.every((i) => PHASES.includes(i.phase) && i.origin === "generated" && !i.edited && i.title === null)).toBe(true);
    expect(new Set(doc.items.map((i) => i.id)).size).toBe(doc.items.length);
    // The pillar targets start from the staged levels the consultant sees.
    const { analysis } = await getEngagementResults(f.consultant, closedId);
    expect(doc.pillars.map((p) => p.current)).toEqual(analysis!.scores.pillars.map((p) => p.stagedLevel));
    const model = getModel(doc.modelVersion);
    for (const item of doc.items) {
      const action = model.actions.find((a) => a.key === item.actionKey)!;
      expect([action.pillar, action.fromLevel]).toEqual([item.pillar, item.fromLevel]);
    }
    const row = await stored(closedId);
    expect(row).toMatchObject({ firmId: f.consultant.firm.id, revision: 1, updatedBy: f.consultant.user.id });
    expect(row!.document).toEqual(doc);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, closedId), eq(auditLog.action, "roadmap.generated")));
    expect(audit).toHaveLength(1);
  });

  it("refuses a second generation (conflict) and an open engagement (invalid_transition)", async () => {
    expect(await code(generateRoadmap(f.owner, closedId))).toBe("conflict");
    expect(await code(generateRoadmap(f.consultant, openId))).toBe("invalid_transition");
    expect(await stored(openId)).toBeUndefined();
  });

  it("with too few scans: an empty draft that still takes custom items", async () => {
    const [empty] = await db
      .insert(engagements)
      .values({ firmId: f.owner.firm.id, clientId: f.firmAClients[0]!.id, title: "Zonder scans", status: "closed", modelVersion: "2026.1" })
      .returning();
    const result = await generateRoadmap(f.consultant, empty!.id);
    expect(result.scored).toBe(false);
    expect(result.document.items).toEqual([]);
    const withCustom = addCustomItem(result.document, "eigen-1", { title: "Intake met het MT", phase: "0-3", pillar: null });
    const saved = await saveRoadmap(f.consultant, empty!.id, 1, withCustom);
    expect(saved.revision).toBe(2);
    expect((await stored(empty!.id))!.document.items.map((i) => i.title)).toEqual(["Intake met het MT"]);
  });
});

describe("saving with the revision", () => {
  let first: RoadmapDocument;
  let edited: RoadmapDocument;

  beforeAll(async () => {
    first = (await getEngagementRoadmap(f.consultant, closedId)).roadmap!.document;
    const item = first.items[0]!;
    edited = updateItem(first, item.id, { title: "Eigen titel van de consultant", owner: "Salesdirecteur", targetQuarter: "2027-Q2" });
    edited = moveItem(edited, first.items[1]!.id, "12+");
    edited = addCustomItem(edited, "eigen-2", { title: "Prijsworkshop", description: "Met finance", phase: "3-6", pillar: "marketing" });
    edited = setFindings(setSummary(edited, "Samenvatting"), ["Bevinding 1", "Bevinding 2"]);
  });

  it("the right revision saves and bumps it", async () => {
    const saved = await saveRoadmap(f.consultant, closedId, 1, edited);
    expect(saved.revision).toBe(2);
    const row = await stored(closedId);
    expect(row!.revision).toBe(2);
    expect(row!.document).toEqual(edited);
  });

  it("a stale revision is a conflict and changes nothing", async () => {
    const before = await stored(closedId);
    const other = setSummary(first, "Van een andere consultant");
    expect(await code(saveRoadmap(f.owner, closedId, 1, other))).toBe("conflict");
    const after = await stored(closedId);
    expect(after!.revision).toBe(before!.revision);
    expect(after!.document).toEqual(before!.document);
  });

  it("keeps the drafted pillar targets and refuses actions the model does not have", async () => {
    const tampered = { ...edited, pillars: edited.pillars.map((p) => ({ ...p, target: 5 as const })) };
    const saved = await saveRoadmap(f.consultant, closedId, 2, tampered);
    expect((await stored(closedId))!.document.pillars).toEqual(first.pillars);
    const bogus = { ...edited, items: edited.items.map((i, n) => (n === 0 ? { ...i, actionKey: "verzonnen_actie" } : i)) };
    expect(await code(saveRoadmap(f.consultant, closedId, saved.revision, bogus))).toBe("invalid_input");
    expect((await stored(closedId))!.revision).toBe(saved.revision);
  });

  it("regenerating keeps custom and edited items and checks the revision", async () => {
    const before = await stored(closedId);
    expect(await code(regenerateRoadmap(f.consultant, closedId, before!.revision - 1))).toBe("conflict");
    const result = await regenerateRoadmap(f.consultant, closedId, before!.revision);
    expect(result.revision).toBe(before!.revision + 1);
    const kept = before!.document.items.filter((i) => i.origin === "custom" || i.edited);
    expect(kept.length).toBeGreaterThanOrEqual(3);
    for (const item of kept) expect(result.document.items).toContainEqual(item);
    expect(result.document.executiveSummary).toBe("Samenvatting");
    const actions = result.document.items.flatMap((i) => (i.actionKey ? [i.actionKey] : []));
    expect(new Set(actions).size).toBe(actions.length);
    expect((await stored(closedId))!.document).toEqual(result.document);
  });
});

describe("another firm", () => {
  it("gets not-found for generate, save, regenerate and reading; malformed ids too", async () => {
    const row = await stored(closedId);
    for (const attempt of [
      () => generateRoadmap(f.otherFirm, closedId),
      () => saveRoadmap(f.otherFirm, closedId, row!.revision, row!.document),
      () => regenerateRoadmap(f.otherFirm, closedId, row!.revision),
      () => getEngagementRoadmap(f.otherFirm, closedId),
      () => getEngagementRoadmap(f.consultant, "not-a-uuid"),
      () => saveRoadmap(f.consultant, "not-a-uuid", 1, row!.document),
    ]) {
      expect(await rejection(attempt())).toBeInstanceOf(NotFoundError);
    }
    const after = await stored(closedId);
    expect(after!.revision).toBe(row!.revision);
  });
});
