/**
 * Published versions are rendered once and their bytes sent again (any instance, the consultant's
 * and the portal's download alike); drafts are never stored; a change of branding gives a new
 * file instead of a stale one; renders run in worker threads whose queue is bounded.
 */
import { count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS } from "../../db/seed";
import { firms, reportPdfs, users } from "../../db/schema";
import { resolveManagerContext } from "../../lib/portal/context";
import { portalReportPdfResponse } from "../../lib/portal/report-pdf";
import { loadReportData } from "../../lib/reports/load";
import { reportPdfResponse } from "../../lib/reports/pdf-response";
import { createRenderPool, RenderQueueFullError } from "../../lib/reports/render-pool";
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

const stored = async () => (await db.select({ n: count() }).from(reportPdfs))[0]!.n;
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());
const download = (q: string) => reportPdfResponse(f.consultant, demoId, new URLSearchParams(q));

describe("stored PDFs of published versions", () => {
  it("renders a published version once and sends the same bytes again; the draft is never stored", async () => {
    expect(await stored()).toBe(0);
    const first = await bytesOf(await download("version=latest&lang=nl"));
    expect(first.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await stored()).toBe(1);
    const again = await bytesOf(await download("version=1&lang=nl"));
    expect(again.equals(first)).toBe(true);
    expect(await stored()).toBe(1);
    // The client manager's download of the same version in the same language is the same file.
    const [u] = await db.select().from(users).where(eq(sql`lower(${users.email})`, DEMO_LOGINS.manager));
    const manager = (await resolveManagerContext(db, { uid: u!.id, sv: u!.sessionVersion }))!;
    expect(manager.user.locale).toBe("nl");
    expect((await bytesOf(await portalReportPdfResponse(manager, demoId))).equals(first)).toBe(true);
    expect(await stored()).toBe(1);
    // Another language is another file; a draft is rendered every time and not kept.
    await download("version=latest&lang=en");
    expect(await stored()).toBe(2);
    const draft = await download("version=draft&lang=nl");
    expect(draft.status).toBe(200);
    expect(await stored()).toBe(2);
  });

  it("a change of branding gives a new file, not the stored one", async () => {
    const before = await bytesOf(await download("version=latest&lang=nl"));
    const n = await stored();
    await db.update(firms).set({ primaryColor: "#123456" }).where(eq(firms.id, f.owner.firm.id));
    const after = await bytesOf(await download("version=latest&lang=nl"));
    expect(await stored()).toBe(n + 1);
    expect(after.equals(before)).toBe(false);
  });

  it("keeps another firm's stored file out of reach (the look-up is per firm)", async () => {
    const response = await reportPdfResponse(f.otherFirm, demoId, new URLSearchParams("version=latest&lang=nl"));
    expect(response.status).toBe(404);
  });
});

describe("the render pool", () => {
  it("renders in worker threads and refuses a render when every worker and queue place is taken", async () => {
    const data = await loadReportData(db, f.owner.firm.id, demoId, { version: "draft", locale: "nl" });
    const pool = createRenderPool({ workers: 1, queue: 1 });
    try {
      await pool.render(data); // the worker is up: one runs, one waits, the third is refused
      const results = await Promise.allSettled([pool.render(data), pool.render(data), pool.render(data)]);
      const refused = results.filter((r) => r.status === "rejected");
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(RenderQueueFullError);
      for (const r of results) if (r.status === "fulfilled") expect(r.value.subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      await pool.close();
    }
  });
});
