/**
 * The results pages reuse the loaded responses and the analysis while the engagement's
 * respondents are unchanged — and never serve a stale figure: a submit, an edit of a role group,
 * an erasure or a new respondent gives freshly computed results.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { engagements, respondents } from "../../db/schema";
import { getModel } from "../../lib/model";
import { getEngagementResults } from "../../lib/results/queries";
import { storeResponses } from "../../lib/results/testing/store";
import { removeRespondent, updateRespondent } from "../../lib/respondents/queries";
import { analyseEngagement } from "../../lib/scoring";
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

describe("results reuse", () => {
  it("is reused while nothing changed and recomputed after every kind of change", async () => {
    const ctx = f.consultant;
    const clientId = f.firmAClients[0]!.id;
    const [e] = await db.insert(engagements).values({ firmId: ctx.firm.id, clientId, title: "Cache", status: "open", modelVersion: "2026.1" }).returning();
    const people = syntheticResponses(model, 77, 12).map((response, i) => ({ name: `P${String(i).padStart(2, "0")}`, response }));
    const ids = await storeResponses(db, { firmId: ctx.firm.id, engagementId: e!.id }, people);
    const fresh = async () => {
      const r = await getEngagementResults(ctx, e!.id);
      expect(r.analysis).toEqual(analyseEngagement(model, { modelVersion: "2026.1", responses: r.responses, settings: { weighting: r.weighting, k: 3 } }));
      return r;
    };
    const first = await fresh();
    const again = await getEngagementResults(ctx, e!.id);
    expect(again.analysis).toBe(first.analysis); // the same object: reused
    expect((await getEngagementResults(ctx, e!.id, { weighting: "respondent" })).analysis).not.toBe(first.analysis);

    // A new submission.
    const [unsubmitted] = await db.select().from(respondents).where(eq(respondents.engagementId, e!.id)).limit(1);
    await storeResponses(db, { firmId: ctx.firm.id, engagementId: e!.id }, [{ name: "P99", response: syntheticResponses(model, 78, 1)[0]! }]);
    const afterSubmit = await fresh();
    expect(afterSubmit.response.submitted).toBe(13);

    // A role group changed by the consultant.
    const target = unsubmitted!;
    await updateRespondent(ctx, e!.id, target.id, { name: target.name, email: target.email, roleGroup: target.roleGroup === "management" ? "sales" : "management", team: target.team, locale: target.locale });
    const afterEdit = await fresh();
    expect(afterEdit.analysis).not.toBe(afterSubmit.analysis);
    expect(afterEdit.responses.find((r) => r.respondentId === target.id)?.roleGroup).not.toBe(target.roleGroup);

    // An erasure.
    await removeRespondent(ctx, e!.id, ids.get(people[1]!.response.respondentId)!);
    const afterErase = await fresh();
    expect(afterErase.response.submitted).toBe(12);

    // A row deleted without touching any other (a cascade from elsewhere) changes the count.
    await db.delete(respondents).where(eq(respondents.id, ids.get(people[2]!.response.respondentId)!));
    expect((await fresh()).response.submitted).toBe(11);
  });
});
