/**
 * The CSV downloads through their route handlers: access (404 for no session, another firm, a
 * malformed id), headers, Dutch Excel format, and formula neutralisation of people's text.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { engagements } from "../../db/schema";
import type { FirmContext } from "../../lib/auth/context";
import { getModel } from "../../lib/model";
import { mapKpiKeys, storeResponses } from "../../lib/results/testing/store";
import { fixtureModel } from "../../lib/scoring/testing/fixture-model";
import { referenceResponses } from "../../lib/scoring/testing/reference-engagement";
import { syntheticResponses } from "../../scripts/bench/synthetic";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const session: { ctx: FirmContext | null } = { ctx: null };
vi.mock("@/lib/auth/session", () => ({ getFirmContext: async () => session.ctx }));

const { GET: getAnswers } = await import("../../app/(app)/engagements/[engagementId]/results/export/answers/route");
const { GET: getAggregates } = await import("../../app/(app)/engagements/[engagementId]/results/export/aggregates/route");

const db = await testDatabase();
const model = getModel("2026.1");
let f: Awaited<ReturnType<typeof seededFirms>>;
let engagementId: string;
let smallId: string;

const call = (handler: typeof getAnswers, id: string) =>
  handler(new Request(`http://localhost/engagements/${id}/results/export/x`), { params: Promise.resolve({ engagementId: id }) });

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
  const clientId = f.firmAClients[0]!.id;
  const [e] = await db
    .insert(engagements)
    .values({ firmId: f.owner.firm.id, clientId, title: "Export: test =1", status: "closed", modelVersion: "2026.1" })
    .returning();
  engagementId = e!.id;
  const responses = referenceResponses.map((r) => mapKpiKeys(r, fixtureModel, model));
  const evil = responses[0]!;
  await storeResponses(db, { firmId: f.owner.firm.id, engagementId }, [
    {
      name: '=HYPERLINK("http://evil.example";"klik")',
      response: { ...evil, team: "+31 Noord", comments: { organisation: "@SUM(A1) en -2+3", coaching: "Regel 1\nregel; twee \"quote\"" } },
    },
    ...responses.slice(1).map((r, i) => ({ name: `Respondent ${i + 2}`, response: r })),
  ]);
  const [small] = await db
    .insert(engagements)
    .values({ firmId: f.owner.firm.id, clientId, title: "Klein", status: "open", modelVersion: "2026.1" })
    .returning();
  smallId = small!.id;
  await storeResponses(db, { firmId: f.owner.firm.id, engagementId: smallId }, syntheticResponses(model, 3, 2).map((r, i) => ({ name: `Klein ${i}`, response: r })));
});

describe("CSV exports", () => {
  it("raw answers: attachment, no-store, BOM, semicolons, and every formula neutralised", async () => {
    session.ctx = f.consultant;
    const res = await call(getAnswers, engagementId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="export-test-1-antwoorden\.csv"/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await res.text();
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toMatch(/^Naam;Rolgroep;Team;Ingeleverd op;Salesorganisatie – /);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"";""klik"")"`);
    expect(text).toContain(";'+31 Noord;");
    expect(text).toContain("'@SUM(A1) en -2+3");
    expect(text).toContain('"Regel 1\nregel; twee ""quote"""');
    // No cell anywhere starts with a formula character (outside quotes and our own numbers).
    for (const line of lines.slice(1)) {
      for (const cell of line.split(";")) expect(cell).not.toMatch(/^[=+@]/);
    }
    // 8 respondents + header + final empty line.
    expect(lines.filter((l) => l !== "")).toHaveLength(9);
    expect(text).toContain(";weet ik niet;");
  });

  it("English: the same file with English texts and decimal points", async () => {
    session.ctx = { ...f.consultant, user: { ...f.consultant.user, locale: "en" } };
    const answers = await (await call(getAnswers, engagementId)).text();
    expect(answers).toMatch(/^\uFEFF?Name;Role group;Team;Submitted on;/);
    const summary = await (await call(getAggregates, engagementId)).text();
    expect(summary).toMatch(/^\uFEFF?Section;Group;n;Pillar;/);
    expect(summary).toContain(";2.68;1;"); // overall mean 201/75 = 2.68, honest level 1
  });

  it("summary: client-safe figures with decimal commas, no names, no comments", async () => {
    session.ctx = f.owner;
    const res = await call(getAggregates, engagementId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/samenvatting\.csv"/);
    const text = await res.text();
    expect(text).toContain("Totaal;Totaal;8;Totale volwassenheid;;2,68;1;");
    // Organisation: mean 3, level 3, desired 4, gap 1, importance 3, priority 3.
    expect(text).toContain("Totaal;Totaal;8;Salesorganisatie;;3;3;nee;4;1;3;3;");
    expect(text).not.toContain("HYPERLINK");
    expect(text).not.toContain("Respondent 2");
    expect(text).not.toContain("SUM(A1)");
    // k = 3: sales (4) is shown, management (2) and customer service (2) merge into Other (4).
    expect(text).toContain("Rolgroep;Verkoop;4;");
    expect(text).toContain("Rolgroep;Overig;4;");
    expect(text).not.toContain("Rolgroep;Management;");
  });

  it("summary of an engagement below k says so and shows nothing else", async () => {
    session.ctx = f.consultant;
    const text = await (await call(getAggregates, smallId)).text();
    expect(text.trim().split("\r\n")).toHaveLength(2);
    expect(text).toContain("Te weinig ingeleverde scans om te tonen (minder dan 3).");
  });

  it("is not found without a session, for another firm, or for a malformed id", async () => {
    for (const handler of [getAnswers, getAggregates]) {
      session.ctx = null;
      expect((await call(handler, engagementId)).status).toBe(404);
      session.ctx = f.otherFirm;
      const foreign = await call(handler, engagementId);
      expect(foreign.status).toBe(404);
      expect(foreign.headers.get("cache-control")).toBe("no-store");
      expect(await foreign.text()).not.toContain("Respondent");
      session.ctx = f.consultant;
      expect((await call(handler, "not-a-uuid")).status).toBe(404);
      expect((await call(handler, "00000000-0000-0000-0000-000000000000")).status).toBe(404);
    }
  });
});
