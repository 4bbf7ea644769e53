/**
 * Publishing through the real tables: only closed (or published) engagements; one transaction
 * freezes the client-safe results and the saved roadmap as version 1, 2, …; later edits leave
 * the published version as it was; report data for the draft and for published versions; the
 * PDF response and its access rules. Another firm gets not-found everywhere.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, engagements, reportVersions } from "../../db/schema";
import { AppError, NotFoundError } from "../../lib/errors";
import { loadPublishedReportData, loadReportData } from "../../lib/reports/load";
import { reportPdfResponse } from "../../lib/reports/pdf-response";
import { publishReport } from "../../lib/reports/publish";
import { reportResults, serialiseResults } from "../../lib/reports/snapshot";
import { getLatestReportVersion } from "../../lib/reports/versions";
import { clientSafeResults } from "../../lib/results/client-safe";
import { generateRoadmap, saveRoadmap } from "../../lib/roadmap/mutations";
import { addCustomItem, updateItem } from "../../lib/roadmap/operations";
import { getEngagementRoadmap } from "../../lib/roadmap/queries";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";
import { rejection } from "./clients-engagements.fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
let closedId: string;
let openId: string;

const versions = (engagementId: string) => db.select().from(reportVersions).where(eq(reportVersions.engagementId, engagementId)).orderBy(reportVersions.version);
const status = async (engagementId: string) => (await db.select().from(engagements).where(eq(engagements.id, engagementId)))[0]!.status;

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
  closedId = f.firmAEngagements.find((e) => e.title === "Scan salesteam Q4")!.id;
  openId = f.firmAEngagements.find((e) => e.status === "open")!.id;
  await generateRoadmap(f.consultant, closedId);
});

describe("publishing", () => {
  it("refuses an open engagement and changes nothing", async () => {
    const error = await rejection(publishReport(f.consultant, openId));
    expect((error as AppError).code).toBe("invalid_transition");
    expect(await versions(openId)).toEqual([]);
    expect(await status(openId)).toBe("open");
  });

  it("publishes the closed engagement as version 1 with the serialised client-safe results", async () => {
    const published = await publishReport(f.consultant, closedId);
    expect(published).toMatchObject({ version: 1, roadmapRevision: 1 });
    expect(await status(closedId)).toBe("published");
    const [row] = await versions(closedId);
    expect(row).toMatchObject({ version: 1, roadmapRevision: 1, firmId: f.consultant.firm.id, publishedBy: f.consultant.user.id });
    // What a client manager would now be shown, serialised, is exactly what was frozen.
    expect(row!.results).toEqual(serialiseResults(reportResults(await clientSafeResults(f.consultant, closedId))));
    expect((row!.results as { engagement: { status: string } }).engagement.status).toBe("published");
    expect(row!.roadmap).toEqual((await getEngagementRoadmap(f.consultant, closedId)).roadmap!.document);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, closedId), eq(auditLog.action, "report.published")));
    expect(audit.map((a) => a.details)).toEqual([{ version: 1, roadmapRevision: 1, from: "closed" }]);
  });

  it("edits after publishing leave version 1 frozen; publishing again makes version 2", async () => {
    const { roadmap } = await getEngagementRoadmap(f.consultant, closedId);
    const edited = addCustomItem(updateItem(roadmap!.document, roadmap!.document.items[0]!.id, { title: "Na publicatie gewijzigd" }), "na-1", {
      title: "Nieuw na publicatie",
      phase: "6-12",
    });
    await saveRoadmap(f.consultant, closedId, roadmap!.revision, edited);
    const latest = await getLatestReportVersion(db, f.consultant.firm.id, closedId);
    expect(latest).toMatchObject({ version: 1, roadmapRevision: 1 });
    const frozen = await loadReportData(db, f.consultant.firm.id, closedId, { version: "latest" });
    expect(frozen.roadmap.items.some((i) => i.title === "Na publicatie gewijzigd")).toBe(false);

    // Publishing what another consultant's screen showed before this save is refused.
    const stale = await rejection(publishReport(f.owner, closedId, { expectedRevision: 1 }));
    expect((stale as AppError).code).toBe("conflict");
    expect((await versions(closedId)).map((r) => r.version)).toEqual([1]);

    const second = await publishReport(f.owner, closedId, { expectedRevision: 2 });
    expect(second).toMatchObject({ version: 2, roadmapRevision: 2 });
    expect(await status(closedId)).toBe("published");
    expect((await getLatestReportVersion(db, f.consultant.firm.id, closedId))!.version).toBe(2);
    const rows = await versions(closedId);
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
    expect(rows[1]!.roadmap).toEqual(edited);
    expect(rows[0]!.roadmap.items.some((i) => i.id === "na-1")).toBe(false);
  });

  it("another firm cannot publish, and sees no versions", async () => {
    expect(await rejection(publishReport(f.otherFirm, closedId))).toBeInstanceOf(NotFoundError);
    expect(await rejection(publishReport(f.consultant, "nope"))).toBeInstanceOf(NotFoundError);
    expect(await getLatestReportVersion(db, f.otherFirm.firm.id, closedId)).toBeNull();
    expect(await getLatestReportVersion(db, f.consultant.firm.id, "nope")).toBeNull();
    expect((await versions(closedId)).map((r) => r.version)).toEqual([1, 2]);
  });
});

describe("report data", () => {
  it("the draft: live client-safe results and the current roadmap, in the firm's report language by default", async () => {
    const now = new Date("2026-11-30T09:00:00Z");
    const data = await loadReportData(db, f.consultant.firm.id, closedId, { version: "draft", now });
    expect(data).toMatchObject({ locale: "nl", status: "draft", version: null, issuedAt: now });
    expect(data.branding.firmName).toBe(f.consultant.firm.name);
    expect(data.results).toEqual(reportResults(await clientSafeResults(f.consultant, closedId)));
    expect(data.roadmap).toEqual((await getEngagementRoadmap(f.consultant, closedId)).roadmap!.document);
    expect((await loadReportData(db, f.consultant.firm.id, closedId, { version: "draft", locale: "en" })).locale).toBe("en");
  });

  it("a published version: the frozen results (dates revived) and roadmap", async () => {
    const [row] = await versions(closedId);
    const data = await loadReportData(db, f.consultant.firm.id, closedId, { version: 1 });
    expect(data).toMatchObject({ status: "published", version: 1, issuedAt: row!.publishedAt });
    expect(data.roadmap).toEqual(row!.roadmap);
    expect(serialiseResults(data.results)).toEqual(row!.results);
    const closesAt = (row!.results as { engagement: { closesAt: string | null } }).engagement.closesAt;
    expect(data.results.engagement.closesAt).toEqual(closesAt === null ? null : new Date(closesAt));
    expect((await loadReportData(db, f.consultant.firm.id, closedId, { version: "latest" })).version).toBe(2);
    expect((await loadPublishedReportData(db, f.consultant.firm.id, closedId, { version: "latest", locale: "en" })).locale).toBe("en");
    expect(await rejection(loadPublishedReportData(db, f.consultant.firm.id, closedId, { version: "draft" as never }))).toBeInstanceOf(NotFoundError);
  });

  it("not found: unknown version, another firm, a draft without roadmap, malformed ids", async () => {
    for (const attempt of [
      () => loadReportData(db, f.consultant.firm.id, closedId, { version: 3 }),
      () => loadReportData(db, f.otherFirm.firm.id, closedId, { version: "latest" }),
      () => loadReportData(db, f.otherFirm.firm.id, closedId, { version: "draft" }),
      () => loadReportData(db, f.consultant.firm.id, openId, { version: "draft" }),
      () => loadReportData(db, f.consultant.firm.id, openId, { version: "latest" }),
      () => loadReportData(db, f.consultant.firm.id, "nope", { version: "draft" }),
    ]) {
      expect(await rejection(attempt())).toBeInstanceOf(NotFoundError);
    }
  });
});

describe("the PDF response", () => {
  const query = (q: string) => new URLSearchParams(q);

  it("is a plain 404 without a firm context, for another firm, a malformed id or version, an unknown version", async () => {
    for (const [ctx, id, q] of [
      [null, closedId, "version=latest"],
      [f.otherFirm, closedId, "version=latest"],
      [f.consultant, "nope", "version=latest"],
      [f.consultant, closedId, "version=abc"],
      [f.consultant, closedId, "version=0"],
      [f.consultant, closedId, "version=99"],
    ] as const) {
      const response = await reportPdfResponse(ctx, id, query(q));
      expect(response.status, `${q} ${id}`).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("renders the draft and a published version as a PDF download or inline", async () => {
    const [download, preview] = await Promise.all([
      reportPdfResponse(f.consultant, closedId, query("version=2&lang=en")),
      reportPdfResponse(f.consultant, closedId, query("version=draft&disposition=inline")),
    ]);
    for (const response of [download, preview]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.pdf"$/);
    expect(preview.headers.get("content-disposition")).toMatch(/^inline; filename="[A-Za-z0-9._-]+\.pdf"$/);
  });
});
