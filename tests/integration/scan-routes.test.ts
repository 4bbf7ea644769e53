/**
 * The scan's route handlers against a real database: status codes for bad input (400/413,
 * never 500), origin checks, cookies on Start, and that a refused request changes nothing.
 */
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { engagements, respondents, scanAnswers } from "../../db/schema";
import { model2026_1 } from "../../lib/model";
import { issueRespondentLink } from "../../lib/respondents/links";
import { startScan } from "../../lib/scan/queries";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

vi.mock("@/db", async () => {
  const { testDatabase: open } = await import("../support/db");
  return { getDb: () => open() };
});

const { GET: getAnswers, POST: postAnswers } = await import("../../app/api/scan/answers/route");
const { POST: postSubmit } = await import("../../app/api/scan/submit/route");
const { POST: postLocale } = await import("../../app/api/scan/locale/route");
const { POST: postStart } = await import("../../app/s/[token]/start/route");

const db = await testDatabase();
const BASE = "http://localhost:3000";
const ITEM = `item:${model2026_1.pillars[0]!.items[0]!.key}`;
let engagementId: string;
let respondentId: string;
let linkToken: string;
let session: string;

function request(path: string, init: { method?: string; body?: string | ReadableStream; headers?: Record<string, string>; cookie?: string | null } = {}) {
  const headers: Record<string, string> = { "sec-fetch-site": "same-origin", ...init.headers };
  const cookie = init.cookie === undefined ? `salesradar_scan=${session}` : init.cookie;
  if (cookie) headers.cookie = cookie;
  return new NextRequest(`${BASE}${path}`, {
    method: init.method ?? "POST",
    headers,
    body: init.body,
    ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
}

const save = (answers: unknown, extra: Parameters<typeof request>[1] = {}) =>
  postAnswers(request("/api/scan/answers", { body: JSON.stringify({ answers }), headers: { "content-type": "application/json" }, ...extra }));

async function storedAnswers() {
  return db.select({ key: scanAnswers.key, value: scanAnswers.value }).from(scanAnswers).where(eq(scanAnswers.respondentId, respondentId));
}

beforeEach(async () => {
  await resetDatabase(db);
  const f = await seededFirms(db);
  engagementId = f.firmAEngagements.find((e) => e.status === "open")!.id;
  const [row] = await db
    .insert(respondents)
    .values({ firmId: f.owner.firm.id, engagementId, name: "Route Test", email: "route@example.nl", roleGroup: "management" })
    .returning();
  respondentId = row!.id;
  linkToken = (await issueRespondentLink(db, respondentId)).split("/s/")[1]!;
  const started = await startScan(db, { token: linkToken, ip: "203.0.113.50" });
  if (started.kind !== "started") throw new Error("not started");
  session = started.token;
});

describe("POST /s/<token>/start", () => {
  it("sets an httpOnly, SameSite=Lax session cookie and redirects to /scan without the token", async () => {
    const response = await postStart(request(`/s/${linkToken}/start`, { cookie: null }), { params: Promise.resolve({ token: linkToken }) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/scan");
    const cookies = response.headers.getSetCookie();
    const main = cookies.find((c) => c.startsWith("salesradar_scan="))!;
    expect(main).toMatch(/HttpOnly/i);
    expect(main).toMatch(/SameSite=lax/i);
    expect(main).toMatch(/Path=\/(;|$)/);
    expect(main).not.toContain(linkToken);
    expect(cookies.find((c) => c.startsWith("salesradar_scan_page="))).toMatch(/Path=\/scan/);
  });

  it("sends unknown links back to the landing page (which says: not valid) and refuses cross-site posts", async () => {
    const bogus = "b".repeat(43);
    const response = await postStart(request(`/s/${bogus}/start`, { cookie: null }), { params: Promise.resolve({ token: bogus }) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/s/${bogus}`);
    expect(response.headers.getSetCookie()).toEqual([]);
    const cross = await postStart(request(`/s/${linkToken}/start`, { cookie: null, headers: { "sec-fetch-site": "cross-site" } }), {
      params: Promise.resolve({ token: linkToken }),
    });
    expect(cross.status).toBe(403);
  });
});

describe("/api/scan/answers", () => {
  it("saves a valid batch and returns what it applied; GET returns the stored answers", async () => {
    const response = await save([{ key: ITEM, value: "3", seq: 5 }]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ applied: [ITEM], current: {}, maxSeq: 5 });
    const get = await getAnswers(request("/api/scan/answers", { method: "GET" }));
    expect(await get.json()).toEqual({ answers: { [ITEM]: ["3", 5] }, maxSeq: 5, status: "open" });
  });

  it("answers bad input with 400/401/403/413 and changes nothing", async () => {
    const cases: [Promise<Response>, number, string][] = [
      [save([{ key: ITEM, value: "3", seq: 1 }], { cookie: null }), 401, "invalid_session"],
      [save([{ key: ITEM, value: "3", seq: 1 }], { cookie: "salesradar_scan=not-a-real-session-token-xxxxxxxx" }), 401, "invalid_session"],
      [save([{ key: ITEM, value: "3", seq: 1 }], { headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" } }), 403, "forbidden_origin"],
      [postAnswers(request("/api/scan/answers", { body: "{", headers: { "content-type": "application/json" } })), 400, "malformed"],
      [postAnswers(request("/api/scan/answers", { body: JSON.stringify({ answers: [{ key: ITEM, value: "3", seq: 1 }] }), headers: { "content-type": "text/plain" } })), 400, "malformed"],
      [save([]), 400, "malformed"],
      [save([{ key: ITEM, value: "3", seq: "1" }]), 400, "malformed"],
      [save([{ key: ITEM, value: "3", seq: 1.5 }]), 400, "malformed"],
      [save([{ key: ITEM, value: 3, seq: 1 }]), 400, "malformed"],
      [save([{ key: ITEM, value: "3", seq: 1, respondentId: "x" }]), 400, "malformed"],
      [postAnswers(request("/api/scan/answers", { body: "null", headers: { "content-type": "application/json" } })), 400, "malformed"],
      [save([{ key: "item:nope", value: "3", seq: 1 }]), 400, "invalid_answer"],
      [save(Array.from({ length: 201 }, (_, i) => ({ key: ITEM, value: "3", seq: i + 1 }))), 400, "malformed"],
      [save([{ key: "comment:organisation", value: "x".repeat(70_000), seq: 1 }]), 413, "too_large"],
    ];
    for (const [promise, status, code] of cases) {
      const response = await promise;
      expect(response.status, code).toBe(status);
      expect(((await response.json()) as { error: string }).error).toBe(code);
    }
    expect(await storedAnswers()).toEqual([]);
  });

  it("refuses a sequence number at the top of the range, so the next one cannot be locked out (issue 13, defect 9)", async () => {
    const top = await save([{ key: ITEM, value: "3", seq: Number.MAX_SAFE_INTEGER }]);
    expect(top.status).toBe(400);
    expect(await storedAnswers()).toEqual([]);
    // An ordinary, clock-based number still works afterwards.
    expect((await save([{ key: ITEM, value: "4", seq: Date.now() }])).status).toBe(200);
    expect(await storedAnswers()).toEqual([{ key: ITEM, value: "4" }]);
  });

  it("refuses an oversized body even without a Content-Length header", async () => {
    const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await postAnswers(request("/api/scan/answers", { body: stream, headers: { "content-type": "application/json" } }));
    expect(response.status).toBe(413);
  });

  it("refuses saves after submit (409 already_submitted) and after close (409 engagement_closed)", async () => {
    await save([{ key: ITEM, value: "2", seq: 1 }]);
    const submit = await postSubmit(request("/api/scan/submit", { body: "" }));
    expect(submit.status).toBe(303);
    expect(submit.headers.get("location")).toBe("/scan/thanks");
    const [before] = await db.select({ submittedAt: respondents.submittedAt }).from(respondents).where(eq(respondents.id, respondentId));
    const again = await postSubmit(request("/api/scan/submit", { body: "" }));
    expect(again.headers.get("location")).toBe("/scan/thanks");
    const [after] = await db.select({ submittedAt: respondents.submittedAt }).from(respondents).where(eq(respondents.id, respondentId));
    expect(after!.submittedAt!.getTime()).toBe(before!.submittedAt!.getTime());

    const late = await save([{ key: ITEM, value: "5", seq: 2 }]);
    expect(late.status).toBe(409);
    expect(await late.json()).toEqual({ error: "already_submitted" });

    await db.update(respondents).set({ submittedAt: null }).where(eq(respondents.id, respondentId));
    await db.update(engagements).set({ status: "closed" }).where(eq(engagements.id, engagementId));
    const closed = await save([{ key: ITEM, value: "5", seq: 3 }]);
    expect(closed.status).toBe(409);
    expect(await closed.json()).toEqual({ error: "engagement_closed" });
    expect(await storedAnswers()).toEqual([{ key: ITEM, value: "2" }]);
  });
});

describe("/api/scan/locale", () => {
  it("stores the language and returns to a scan page, never elsewhere", async () => {
    const form = (body: string) => request("/api/scan/locale", { body, headers: { "content-type": "application/x-www-form-urlencoded" } });
    const response = await postLocale(form("locale=en&next=%2Fscan%2Fpillar%2F2"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/scan/pillar/2");
    const [row] = await db.select({ locale: respondents.locale }).from(respondents).where(eq(respondents.id, respondentId));
    expect(row?.locale).toBe("en");
    const evil = await postLocale(form("locale=nl&next=https%3A%2F%2Fevil.example%2F"));
    expect(evil.headers.get("location")).toBe("/scan");
    const bad = await postLocale(form("locale=de&next=%2Fscan"));
    expect(bad.status).toBe(303);
    const [still] = await db.select({ locale: respondents.locale }).from(respondents).where(eq(respondents.id, respondentId));
    expect(still?.locale).toBe("nl");
  });
});
