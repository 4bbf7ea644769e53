/**
 * (In the resilience suite, not tests/integration: its workers share modules, and these mocks
 * switch the database off.) While the database is unavailable, requests get an answer that says so instead of a 500:
 * the scan's routes 503 + Retry-After (the session look-up included, which used to sit outside
 * the route's try), /api/health "degraded", server actions the expected error "unavailable".
 */
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DatabaseUnavailableError } from "../../db/availability";
import type { FirmContext } from "../../lib/auth/context";
import { resetDatabase, testDatabase } from "../support/db";
import { contextFor, seededFirms } from "../support/fixtures";

const state = { down: false, ctx: null as FirmContext | null };
const outage = () => new Error("Failed query: select …", { cause: new DatabaseUnavailableError("unreachable") });

vi.mock("@/db", async () => {
  const { testDatabase: open } = await import("../support/db");
  return {
    getDb: async () => {
      if (state.down) throw new DatabaseUnavailableError("unreachable");
      return open();
    },
  };
});
vi.mock("@/lib/auth/session", () => ({
  getFirmContext: async () => {
    if (state.down) throw outage();
    return state.ctx;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), connection: async () => undefined }));

const { GET: getAnswers, POST: postAnswers } = await import("../../app/api/scan/answers/route");
const { POST: postSubmit } = await import("../../app/api/scan/submit/route");
const { GET: health } = await import("../../app/api/health/route");
const { renameFirm } = await import("../../lib/firms/actions/rename-firm");

const db = await testDatabase();

function scanRequest(path: string, body?: string, accept = "application/json") {
  return new NextRequest(`http://localhost:3000${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "sec-fetch-site": "same-origin", cookie: `salesradar_scan=${"x".repeat(43)}`, "content-type": "application/json", accept },
    body,
  });
}

beforeAll(async () => {
  await resetDatabase(db);
  await seededFirms(db);
  state.ctx = await contextFor(db, "eigenaar@demo-advies.nl");
});

beforeEach(() => {
  state.down = true;
});

describe("while the database is unavailable", () => {
  it("autosave and its read answer 503 with Retry-After, not 500", async () => {
    const save = await postAnswers(scanRequest("/api/scan/answers", JSON.stringify({ answers: [{ key: "item:x", value: "1", seq: 1 }] })));
    expect(save.status).toBe(503);
    expect(save.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await save.json()).toEqual({ error: "unavailable" });
    const read = await getAnswers(scanRequest("/api/scan/answers"));
    expect(read.status).toBe(503);
  });

  it("a browser's form post gets a bilingual 'temporarily unavailable' page", async () => {
    const response = await postSubmit(scanRequest("/api/scan/submit", "", "text/html"));
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain("Tijdelijk niet beschikbaar");
    expect(html).toContain("Temporarily unavailable");
  });

  it("/api/health says degraded", async () => {
    const response = await health();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", database: "unavailable" });
  });

  it("a server action returns the expected error 'unavailable'", async () => {
    const form = new FormData();
    form.set("name", "Nieuwe naam");
    expect(await renameFirm(null, form)).toEqual({ ok: false, error: "unavailable" });
  });

  it("and everything works again once it is back", async () => {
    state.down = false;
    expect((await health()).status).toBe(200);
    const form = new FormData();
    form.set("name", "Demo Advies");
    expect(await renameFirm(null, form)).toMatchObject({ ok: true });
  });
});
