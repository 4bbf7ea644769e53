/**
 * Results through the real tables: the reference engagement of lib/scoring stored as the scan
 * stores answers gives the hand-computed figures; the database path equals the pure path on
 * 200 generated respondents; empty states; ratings; trend; benchmark; and another firm gets
 * not-found everywhere.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, clients, consultantRatings, engagements } from "../../db/schema";
import { NotFoundError } from "../../lib/errors";
import { getModel } from "../../lib/model";
import { PILLAR_KEYS } from "../../lib/model/types";
import { clientSafeResults } from "../../lib/results/client-safe";
import { getBenchmark, getTrend } from "../../lib/results/compare";
import { getResultsEngagement } from "../../lib/results/engagement";
import { loadSubmittedResponses } from "../../lib/results/load";
import { getEngagementResults } from "../../lib/results/queries";
import { listRatings, saveRating, saveRatings } from "../../lib/results/ratings";
import { saveRatingSchema, saveRatingsSchema } from "../../lib/results/schemas";
import { mapKpiKeys, storeResponses, withStoredIds, type StoredPerson } from "../../lib/results/testing/store";
import { analyseEngagement, clientSafeView, firmBenchmark, rescanDeltas, scoreEngagement } from "../../lib/scoring";
import type { ScanResponse } from "../../lib/scoring";
import { fixtureModel } from "../../lib/scoring/testing/fixture-model";
import { referenceResponses } from "../../lib/scoring/testing/reference-engagement";
import { syntheticResponses } from "../../scripts/bench/synthetic";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const db = await testDatabase();
const model = getModel("2026.1");
const P = 6;
let f: Awaited<ReturnType<typeof seededFirms>>;

async function newEngagement(title: string, options: { clientId?: string; status?: "draft" | "open" | "closed" | "published"; k?: number; weighting?: "role_group" | "respondent" } = {}) {
  const clientId = options.clientId ?? f.firmAClients.find((c) => c.name === "Groen Installatietechniek")!.id;
  const [row] = await db
    .insert(engagements)
    .values({
      firmId: f.owner.firm.id,
      clientId,
      title,
      status: options.status ?? "closed",
      modelVersion: "2026.1",
      anonymityK: options.k ?? 3,
      weighting: options.weighting ?? "role_group",
    })
    .returning();
  return row!;
}

const store = (engagementId: string, people: readonly StoredPerson[]) =>
  storeResponses(db, { firmId: f.owner.firm.id, engagementId }, people);

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
});

describe("the reference engagement stored through the real tables", () => {
  // The fixture's KPI keys (k<level>_<n>) become the real model's KPIs of the same level.
  const people: StoredPerson[] = referenceResponses.map((r, i) => ({ name: `Referentie ${i + 1}`, response: mapKpiKeys(r, fixtureModel, model) }));
  let engagementId: string;
  let pure: ScanResponse[];

  beforeAll(async () => {
    engagementId = (await newEngagement("Referentie")).id;
    const ids = await store(engagementId, people);
    // A started but unsubmitted scan counts nowhere.
    await store(engagementId, [{ name: "Niet ingediend", submitted: false, response: { ...people[0]!.response, respondentId: "draft" } }]);
    pure = withStoredIds(people, ids);
  });

  it("gives the hand-computed figures of lib/scoring's reference test", async () => {
    const results = await getEngagementResults(f.consultant, engagementId);
    expect(results.response).toMatchObject({ total: 9, submitted: 8 });
    const a = results.analysis!;
    const pillar = (key: string) => a.scores.pillars.find((p) => p.pillar === key)!;
    const item = (key: string) => a.scores.pillars.flatMap((p) => p.items).find((i) => i.key === key)!;
    expect(item("organisation.commercial_plan").score).toBeCloseTo(9.5 / 3, P);
    expect(item("organisation.crm").score).toBeCloseTo(5.5 / 3, P);
    expect(item("organisation.forecasting").n).toBe(4);
    expect(pillar("organisation").mean).toBeCloseTo(3, P);
    expect(pillar("marketing").mean).toBeCloseTo(43 / 15, P);
    expect(pillar("coaching").mean).toBeCloseTo(7 / 3, P);
    expect(pillar("leadership").mean).toBeCloseTo(10 / 3, P);
    expect(pillar("accounts").mean).toBeCloseTo(28 / 15, P);
    expect(a.scores.pillars.map((p) => p.stagedLevel)).toEqual([3, 1, 2, 3, 2]);
    expect(pillar("marketing").unbalanced).toBe(true);
    expect(a.scores.overall.mean).toBeCloseTo(2.68, P);
    expect(a.scores.overall.honestLevel).toBe(1);
    const plan = a.consensus.items.find((c) => c.key === "organisation.commercial_plan")!;
    expect(plan.rwg).toBeCloseTo(2 / 3, P);
    expect(plan.discuss).toBe(true);
    expect(a.consensus.pillars.find((c) => c.pillar === "accounts")).toMatchObject({ n: 7, insufficientRespondents: 1 });
    expect(a.perceptionGap.items.find((x) => x.key === "organisation.structure")?.gap).toBeCloseTo(1.5, P);
    expect(a.ambition.find((x) => x.pillar === "coaching")?.priority).toBeCloseTo(20 / 3, P);
    expect(a.ambition.find((x) => x.pillar === "leadership")).toMatchObject({ priority: 0, negativeGap: true });
    expect(a.kpis.coverage.map((c) => c.coverage)).toEqual([5 / 6, 0.4, 0.6, 0, 0]);
    expect(a.kpis.flags.map((x) => [x.pillar, x.level])).toEqual([
      ["organisation", 2],
      ["coaching", 2],
      ["leadership", 2],
      ["accounts", 2],
    ]);
    // The comments survive the round trip (untrimmed, as typed).
    expect(results.responses.find((r) => r.comments?.organisation?.includes("CRM"))?.comments?.organisation).toBe("  CRM wordt niet gebruikt ");
  });

  it("equals the pure path exactly, in both weightings", async () => {
    for (const weighting of ["role_group", "respondent"] as const) {
      const results = await getEngagementResults(f.consultant, engagementId, { weighting });
      expect(results.responses).toEqual(pure);
      expect(results.analysis).toEqual(analyseEngagement(model, { modelVersion: "2026.1", responses: pure, settings: { weighting, k: 3 } }));
    }
    const plain = (await getEngagementResults(f.consultant, engagementId, { weighting: "respondent" })).analysis!;
    expect(plain.scores.pillars[0]?.items[0]?.score).toBeCloseTo(3, P);
    expect(plain.scores.pillars[0]?.items[3]?.score).toBeCloseTo(1.75, P);
  });

  it("the weighting toggle moves the desired level, gap and priority with the current score", async () => {
    const marketing = async (weighting: "role_group" | "respondent") =>
      (await getEngagementResults(f.consultant, engagementId, { weighting })).analysis!.ambition.find((x) => x.pillar === "marketing")!;
    // By role group: desired (4 + 3 + 3)/3 = 10/3, gap 10/3 − 43/15 = 7/15, priority × 4 = 28/15.
    expect(await marketing("role_group")).toMatchObject({
      desired: expect.closeTo(10 / 3, P),
      gap: expect.closeTo(7 / 15, P),
      priority: expect.closeTo(28 / 15, P),
    });
    // By respondent: desired 26/8 = 3.25 against the respondent-weighted current score.
    const plain = await marketing("respondent");
    expect(plain.desired).toBeCloseTo(3.25, P);
    expect(plain.gap).toBeCloseTo(3.25 - plain.current!, P);
  });

  it("builds the client-safe results from lib/scoring's client-safe view, without names", async () => {
    const safe = await clientSafeResults(f.consultant, engagementId);
    expect(safe.view).toEqual(clientSafeView(model, { modelVersion: "2026.1", responses: pure, settings: { k: 3, weighting: "role_group" } }));
    const text = JSON.stringify(safe);
    for (const p of pure) expect(text).not.toContain(p.respondentId);
    expect(text).not.toContain("Referentie ");
  });
});

describe("database path = pure path on 200 generated respondents", () => {
  const generated = syntheticResponses(model, 4242, 200);
  const people: StoredPerson[] = generated.map((r, i) => ({ name: `Deelnemer ${String(i).padStart(3, "0")}`, response: r }));
  let engagementId: string;
  let pure: ScanResponse[];

  beforeAll(async () => {
    engagementId = (await newEngagement("Tweehonderd", { k: 5 })).id;
    const ids = await store(engagementId, people);
    // Noise that must not count: unsubmitted scans here, and answers in another engagement.
    await store(engagementId, generated.slice(0, 5).map((r, i) => ({ name: `Concept ${i}`, submitted: false, response: { ...r, respondentId: `draft-${i}` } })));
    const other = await newEngagement("Andere opdracht");
    await store(other.id, generated.slice(0, 10).map((r, i) => ({ name: `Ander ${i}`, response: { ...r, respondentId: `other-${i}` } })));
    pure = withStoredIds(people, ids);
  });

  it("loads every submitted response exactly as generated", async () => {
    const loaded = await loadSubmittedResponses(f.consultant, engagementId, model);
    expect(loaded.total).toBe(205);
    expect(loaded.ignoredAnswers).toBe(0);
    expect(loaded.responses).toEqual(pure);
    expect(loaded.people.map((p) => p.name)).toEqual([...people.map((p) => p.name)].sort());
    expect(Object.values(loaded.totalByRoleGroup).reduce((s, n) => s + n, 0)).toBe(205);
  });

  it("gives identical figures in both weightings, and an identical client-safe view", async () => {
    for (const weighting of ["role_group", "respondent"] as const) {
      const results = await getEngagementResults(f.consultant, engagementId, { weighting });
      expect(results.analysis).toEqual(analyseEngagement(model, { modelVersion: "2026.1", responses: pure, settings: { weighting, k: 5 } }));
    }
    const safe = await clientSafeResults(f.owner, engagementId);
    expect(safe.view).toEqual(clientSafeView(model, { modelVersion: "2026.1", responses: pure, settings: { k: 5, weighting: "role_group" } }));
    expect(safe.view.status).toBe("ok");
  });
});

describe("empty states", () => {
  it("0 submissions: no analysis, no NaN; the client-safe view says too few", async () => {
    const e = await newEngagement("Leeg", { status: "open" });
    const results = await getEngagementResults(f.consultant, e.id);
    expect(results.analysis).toBeNull();
    expect(results.response).toEqual({ total: 0, submitted: 0, rate: null, byRoleGroup: [] });
    expect((await clientSafeResults(f.consultant, e.id)).view.status).toBe("too_few_responses");
  });

  it("1 submission: the person is there, the aggregates are not", async () => {
    const e = await newEngagement("Eén", { status: "open" });
    const [first] = syntheticResponses(model, 7, 1);
    await store(e.id, [{ name: "Enige", response: first! }, { name: "Bezig", submitted: false, response: { ...first!, respondentId: "x" } }]);
    const results = await getEngagementResults(f.consultant, e.id);
    expect(results.analysis).toBeNull();
    expect(results.people.map((p) => p.name)).toEqual(["Enige"]);
    expect(results.response.rate).toBe(0.5);
    const safe = await clientSafeResults(f.consultant, e.id);
    expect(safe).toMatchObject({ view: { status: "too_few_responses" }, trend: null, benchmark: null });
  });
});

describe("consultant ratings", () => {
  it("are saved, updated and removed with an audit entry, and never change the figures", async () => {
    const e = await newEngagement("Beoordeling");
    const responses = syntheticResponses(model, 99, 12);
    await store(e.id, responses.map((r, i) => ({ name: `P${i}`, response: r })));
    const before = (await getEngagementResults(f.consultant, e.id)).analysis;
    const input = (level: string, note?: string, pillar = "coaching") =>
      saveRatingSchema.parse({ engagementId: e.id, pillar, level, ...(note === undefined ? {} : { note }) });
    expect(await saveRating(f.consultant, input("2", "  Weinig structuur in coaching  "))).toEqual({ pillar: "coaching", level: 2, removed: false });
    await saveRating(f.consultant, input("4", "", "organisation"));
    await saveRating(f.owner, input("3", "Beter dan gedacht"));
    const ratings = await listRatings(f.consultant, e.id);
    expect(ratings.map((r) => [r.pillar, r.level, r.note, r.updatedByName])).toEqual([
      ["organisation", 4, null, "Kees Consultant"],
      ["coaching", 3, "Beter dan gedacht", "Eva de Eigenaar"],
    ]);
    expect((await getEngagementResults(f.consultant, e.id)).analysis).toEqual(before);
    expect(await saveRating(f.consultant, input("", undefined, "organisation"))).toMatchObject({ removed: true });
    expect((await listRatings(f.consultant, e.id)).map((r) => r.pillar)).toEqual(["coaching"]);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, e.id)));
    expect(audit.map((x) => [x.action, x.details])).toEqual([
      ["results.rating_saved", { pillar: "coaching", level: 2 }],
      ["results.rating_saved", { pillar: "organisation", level: 4 }],
      ["results.rating_saved", { pillar: "coaching", level: 3 }],
      ["results.rating_removed", { pillar: "organisation" }],
    ]);
    // The client-safe results carry the rating beside the view, never inside it.
    const safe = await clientSafeResults(f.consultant, e.id);
    expect(safe.ratings).toEqual([{ pillar: "coaching", level: 3, note: "Beter dan gedacht" }]);
  });

  it("saves all five pillars of the one rating form at once, leaving unchanged pillars alone", async () => {
    const e = await newEngagement("Vijf pijlers");
    const form = (levels: Record<string, string>, notes: Record<string, string> = {}) =>
      saveRatingsSchema.parse({
        engagementId: e.id,
        ...Object.fromEntries(PILLAR_KEYS.flatMap((p) => [[`level_${p}`, levels[p] ?? ""], [`note_${p}`, notes[p] ?? ""]])),
      });
    const all = Object.fromEntries(PILLAR_KEYS.map((p, i) => [p, String((i % 5) + 1)]));
    expect(await saveRatings(f.consultant, form(all, { coaching: " Geen vaste coachmomenten " }))).toEqual({ changed: [...PILLAR_KEYS] });
    const stored = await listRatings(f.consultant, e.id);
    expect(stored.map((r) => [r.pillar, r.level])).toEqual(PILLAR_KEYS.map((p) => [p, Number(all[p])]));
    expect(stored.find((r) => r.pillar === "coaching")?.note).toBe("Geen vaste coachmomenten");
    // Saving again with one change touches only that pillar; an empty level removes one.
    expect(await saveRatings(f.consultant, form({ ...all, marketing: "" }, { coaching: "Geen vaste coachmomenten" }))).toEqual({ changed: ["marketing"] });
    expect((await listRatings(f.consultant, e.id)).map((r) => r.pillar)).toEqual(PILLAR_KEYS.filter((p) => p !== "marketing"));
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, e.id));
    expect(audit.map((x) => x.action)).toEqual([...PILLAR_KEYS.map(() => "results.rating_saved"), "results.rating_removed"]);
  });

  it("refuses a rating form that leaves out a pillar or carries a bad field", () => {
    const full = { engagementId: f.firmAEngagements[0]!.id, ...Object.fromEntries(PILLAR_KEYS.flatMap((p) => [[`level_${p}`, "3"], [`note_${p}`, ""]])) };
    expect(saveRatingsSchema.safeParse(full).success).toBe(true);
    const partial = Object.fromEntries(Object.entries(full).filter(([k]) => k !== "level_marketing"));
    expect(saveRatingsSchema.safeParse(partial).success).toBe(false);
    expect(saveRatingsSchema.safeParse({ ...full, level_coaching: "6" }).success).toBe(false);
    expect(saveRatingsSchema.safeParse({ ...full, level_sales: "3" }).success).toBe(false);
    const long = saveRatingsSchema.safeParse({ ...full, note_coaching: "x".repeat(2001) });
    expect(long.success ? null : long.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["note_coaching", "too_long"]]);
  });

  it("refuses bad input at the schema", () => {
    const base = { engagementId: f.firmAEngagements[0]!.id, pillar: "coaching", level: "3" };
    expect(saveRatingSchema.safeParse({ ...base, level: "6" }).success).toBe(false);
    expect(saveRatingSchema.safeParse({ ...base, pillar: "sales" }).success).toBe(false);
    expect(saveRatingSchema.safeParse({ ...base, engagementId: "1" }).success).toBe(false);
    expect(saveRatingSchema.safeParse({ ...base, note: "x".repeat(2001) }).success).toBe(false);
  });
});

describe("trend and benchmark", () => {
  it("gives the deltas against the previous engagement, scored with the same weighting", async () => {
    const previous = await newEngagement("Vorige meting");
    const prevResponses = syntheticResponses(model, 1, 30);
    const prevIds = await store(previous.id, prevResponses.map((r, i) => ({ name: `V${String(i).padStart(2, "0")}`, response: r })));
    const current = await newEngagement("Herhaling", { status: "open" });
    await db.update(engagements).set({ previousEngagementId: previous.id }).where(eq(engagements.id, current.id));
    await store(current.id, syntheticResponses(model, 2, 25).map((r, i) => ({ name: `H${i}`, response: r })));
    for (const weighting of ["role_group", "respondent"] as const) {
      const results = await getEngagementResults(f.consultant, current.id, { weighting });
      const trend = await getTrend(f.consultant, results.engagement, results.analysis!.scores, weighting);
      const prevPure = withStoredIds(prevResponses.map((r, i) => ({ name: `V${String(i).padStart(2, "0")}`, response: r })), prevIds);
      const expected = rescanDeltas(results.analysis!.scores, scoreEngagement(model, { modelVersion: "2026.1", responses: prevPure, settings: { weighting } }));
      expect(trend).toMatchObject({ status: "ok", previous: { id: previous.id, n: 30 } });
      expect(trend.status === "ok" && trend.deltas).toEqual(expected);
      expect(expected.mode).toBe("full");
    }
    const none = await getEngagementResults(f.consultant, previous.id);
    expect(await getTrend(f.consultant, none.engagement, none.analysis!.scores, "role_group")).toEqual({ status: "none" });
  });

  it("shows the benchmark only from 5 other organisations, with n, and filters by industry", async () => {
    // Start from a firm of its own so earlier tests' engagements do not count.
    const firmId = f.otherFirm.firm.id;
    const scope = f.otherFirm;
    const makeClient = async (name: string, industry: string) =>
      (await db.insert(clients).values({ firmId, name, industry, sizeBand: "51-250" }).returning())[0]!;
    const own = await makeClient("Eigen klant", "logistics");
    const entries = [];
    for (let i = 0; i < 6; i++) {
      const client = await makeClient(`Klant ${i}`, i < 4 ? "retail" : "wholesale");
      const [e] = await db
        .insert(engagements)
        .values({ firmId, clientId: client.id, title: `Scan ${i}`, status: i === 5 ? "open" : i === 4 ? "published" : "closed", modelVersion: "2026.1" })
        .returning();
      const responses = syntheticResponses(model, 500 + i, 8);
      await storeResponses(db, { firmId, engagementId: e!.id }, responses.map((r, j) => ({ name: `B${i}-${j}`, response: r })));
      if (i < 5) {
        const scores = scoreEngagement(model, { modelVersion: "2026.1", responses, settings: { weighting: "role_group" } });
        entries.push({ clientId: client.id, engagementId: e!.id, pillarMeans: Object.fromEntries(scores.pillars.map((p) => [p.pillar, p.mean])) });
      }
    }
    const all = await getBenchmark(scope, { excludeClientId: own.id, weighting: "role_group", filter: { industry: null, sizeBand: null } });
    expect(all.engagements).toBe(5); // the open engagement does not count
    expect(all.benchmark).toEqual(firmBenchmark(entries));
    expect(all.benchmark).toMatchObject({ hidden: false, n: 5 });
    const retail = await getBenchmark(scope, { excludeClientId: own.id, weighting: "role_group", filter: { industry: "retail", sizeBand: null } });
    expect(retail.benchmark).toEqual({ hidden: true, n: 4 });
    // Leaving out one of the five (as the compared client) hides it too.
    const excluded = await getBenchmark(scope, { excludeClientId: entries[0]!.clientId, weighting: "role_group", filter: { industry: null, sizeBand: null } });
    expect(excluded.benchmark).toEqual({ hidden: true, n: 4 });
    // Firm A sees none of firm B's engagements.
    const firmA = await getBenchmark(f.consultant, { excludeClientId: own.id, weighting: "role_group", filter: { industry: "retail", sizeBand: null } });
    expect(firmA.engagements).toBe(0);
  });
});

describe("another firm gets not-found for everything of this issue", () => {
  it("for every engagement of firm A, and for malformed ids", async () => {
    const ids = [...f.firmAEngagements.map((e) => e.id), "not-a-uuid", "00000000-0000-0000-0000-000000000000"];
    for (const id of ids) {
      await expect(getResultsEngagement(f.otherFirm, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getEngagementResults(f.otherFirm, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(clientSafeResults(f.otherFirm, id)).rejects.toBeInstanceOf(NotFoundError);
      if (id.length === 36) {
        const input = saveRatingSchema.parse({ engagementId: id, pillar: "marketing", level: "3" });
        await expect(saveRating(f.otherFirm, input)).rejects.toBeInstanceOf(NotFoundError);
      }
    }
    // Nothing was written for firm A by firm B.
    expect(await db.select().from(consultantRatings).where(eq(consultantRatings.firmId, f.otherFirm.firm.id))).toEqual([]);
    // The demo's closed engagement is there for its own firm.
    const closed = f.firmAEngagements.find((e) => e.status === "closed")!;
    await expect(getEngagementResults(f.consultant, closed.id)).resolves.toMatchObject({ response: { submitted: 20 } });
  });

  it("a previous engagement of another firm is never followed", async () => {
    const foreign = f.firmAEngagements.find((e) => e.status === "closed")!;
    const own = (await db.select().from(engagements).where(eq(engagements.firmId, f.otherFirm.firm.id)))[0]!;
    await db.update(engagements).set({ previousEngagementId: foreign.id }).where(eq(engagements.id, own.id));
    const e = await getResultsEngagement(f.otherFirm, own.id);
    expect(e.previousEngagementId).toBeNull();
    await db.update(engagements).set({ previousEngagementId: null }).where(eq(engagements.id, own.id));
  });
});
