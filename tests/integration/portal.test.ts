/**
 * The client portal's reads: only published engagements (with a report version) of the
 * manager's active clients, the latest version's frozen snapshot only, never another client's;
 * the summary carries no respondent names or e-mails; the PDF route's access rules.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS } from "../../db/seed";
import { clientManagers, engagements, reportVersions, respondents, users } from "../../db/schema";
import { NotFoundError } from "../../lib/errors";
import { getModel } from "../../lib/model";
import { resolveManagerContext, type ManagerContext } from "../../lib/portal/context";
import { getPortalReport, listPortalReports } from "../../lib/portal/queries";
import { portalReportPdfResponse } from "../../lib/portal/report-pdf";
import { portalSummary } from "../../lib/portal/summary";
import { publishReport } from "../../lib/reports/publish";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
let manager: ManagerContext;
let demoId: string;
let bakkerijPublishedId: string;
const client = (name: string) => f.firmAClients.find((c) => c.name.startsWith(name))!;

async function managerContext(email: string): Promise<ManagerContext | null> {
  const [u] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email));
  return resolveManagerContext(db, { uid: u!.id, sv: u!.sessionVersion });
}

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db, { publish: true });
  manager = (await managerContext(DEMO_LOGINS.manager))!;
  demoId = f.firmAEngagements.find((e) => e.title === "Scan salesteam Q4")!.id;
  // A published report of another client of the same firm (Bakkerij), copied from the demo's.
  const [other] = await db
    .insert(engagements)
    .values({ firmId: f.owner.firm.id, clientId: client("Bakkerij").id, title: "Bakkerij gepubliceerd", status: "published", modelVersion: "2026.1" })
    .returning();
  bakkerijPublishedId = other!.id;
  const [demoVersion] = await db.select().from(reportVersions).where(eq(reportVersions.engagementId, demoId));
  await db.insert(reportVersions).values({ ...demoVersion!, id: undefined, engagementId: other!.id, version: 1 });
  // Published status without any version, at the manager's own client: not shown.
  await db.insert(engagements).values({ firmId: f.owner.firm.id, clientId: client("Groen").id, title: "Zonder versie", status: "published", modelVersion: "2026.1" });
});

describe("the client portal", () => {
  it("lists only published engagements with a version, of the manager's active clients", async () => {
    expect(manager.clients.map((c) => c.name)).toEqual(["Groen Installatietechniek"]);
    const list = await listPortalReports(manager);
    expect(list.map((r) => [r.title, r.clientName, r.version])).toEqual([["Scan salesteam Q4", "Groen Installatietechniek", 1]]);
  });

  it("gives not-found for another client's report, an unpublished engagement and a malformed id", async () => {
    await expect(getPortalReport(manager, demoId)).resolves.toMatchObject({ engagementId: demoId, version: 1 });
    const draft = f.firmAEngagements.find((e) => e.title === "Herhaalmeting 2027")!;
    const foreignFirm = (await db.select().from(engagements).where(eq(engagements.firmId, f.otherFirm.firm.id)))[0]!;
    for (const id of [bakkerijPublishedId, draft.id, foreignFirm.id, "nope", "", "00000000-0000-0000-0000-000000000000"]) {
      await expect(getPortalReport(manager, id), id).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("builds the summary from the frozen snapshot only, without any respondent's name or e-mail", async () => {
    const report = await getPortalReport(manager, demoId);
    const summary = portalSummary(report.results, report.roadmap, "en");
    expect(summary.status).toBe("ok");
    expect(summary.n).toBe(20);
    expect(summary.pillars).toHaveLength(5);
    expect(summary.roleGroups.length).toBeGreaterThan(0);
    expect(summary.roleGroups.every((g) => g.n >= summary.k)).toBe(true);
    // Generated roadmap items show the model's action text in the manager's language.
    const model = getModel(report.roadmap.modelVersion);
    const first = report.roadmap.items[0]!;
    expect(first.title).toBeNull();
    const shown = summary.phases.flatMap((p) => p.items).find((i) => i.id === first.id)!;
    expect(shown.title).toBe(model.actions.find((a) => a.key === first.actionKey)!.title.en);
    expect(portalSummary(report.results, report.roadmap, "nl").phases.flatMap((p) => p.items).find((i) => i.id === first.id)!.title).toBe(
      model.actions.find((a) => a.key === first.actionKey)!.title.nl,
    );
    const people = await db.select({ name: respondents.name, email: respondents.email }).from(respondents).where(eq(respondents.engagementId, demoId));
    expect(people.length).toBeGreaterThan(15);
    for (const text of [JSON.stringify(summary), JSON.stringify(report)]) {
      for (const p of people) {
        expect(text).not.toContain(p.name);
        expect(text).not.toContain(p.email);
      }
    }
  });

  it("shows the latest version after publishing again", async () => {
    const again = await publishReport(f.consultant, demoId);
    expect(again.version).toBe(2);
    expect((await listPortalReports(manager)).map((r) => r.version)).toEqual([2]);
    expect((await getPortalReport(manager, demoId)).version).toBe(2);
  });

  it("serves the PDF of the latest version only to a manager of the client", async () => {
    const ok = await portalReportPdfResponse(manager, demoId);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(ok.headers.get("content-disposition")).toMatch(/^attachment; filename="salesradar-[a-z0-9-]+-v2-(nl|en)\.pdf"$/);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await ok.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    for (const [ctx, id] of [
      [null, demoId],
      [manager, bakkerijPublishedId],
      [manager, "not-a-uuid"],
      [manager, f.firmAEngagements.find((e) => e.title === "Herhaalmeting 2027")!.id],
    ] as const) {
      const response = await portalReportPdfResponse(ctx, id);
      expect(response.status, id).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("shows nothing any more once the manager's access is revoked", async () => {
    await db.update(clientManagers).set({ revokedAt: new Date() }).where(and(eq(clientManagers.userId, manager.user.id), eq(clientManagers.clientId, client("Groen").id)));
    expect(await managerContext(DEMO_LOGINS.manager)).toBeNull();
    // A context resolved before the revocation still only ever reads through its own client list.
    await db.update(clientManagers).set({ revokedAt: null }).where(eq(clientManagers.userId, manager.user.id));
    expect((await managerContext(DEMO_LOGINS.manager))?.clients).toHaveLength(1);
  });
});
