/**
 * Autosave under load against a production build while things break: 50 respondents × 40
 * changes with the browser's retry rules, first through a 3 s cut and a 10 s blackhole of
 * PostgreSQL (a fault proxy between the app and the server), then through a kill -9 of the
 * app and its restart. Nothing may be lost or stale; during the database outages no request
 * may take longer than 5 s, and once the database is back (+2 s) every request succeeds.
 */
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/connect";
import { FaultProxy } from "../support/fault-proxy";
import { startApp, type AppInstance } from "./support/app";
import { figuresOf, printFigures, runAutosaveLoad, type RequestRecord } from "./support/load";
import { createDatabase } from "./support/postgres";
import { openMigrated, seedRespondents, type Respondent } from "./support/seed";

const APP_PORT = 3310;
const DB_PROXY_PORT = 3320;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let drop: () => Promise<void>;
let handle: DatabaseHandle;
let dbProxy: FaultProxy;
let app: AppInstance | null = null;
let respondents: Respondent[];
let proxiedUrl: string;

beforeAll(async () => {
  const database = await createDatabase("salesradar_resilience");
  drop = database.drop;
  handle = await openMigrated(database.url);
  respondents = (await seedRespondents(handle, 100)).respondents;
  const target = new URL(database.url);
  dbProxy = new FaultProxy([{ host: target.hostname, port: Number(target.port || 5432) }]);
  await dbProxy.start(DB_PROXY_PORT);
  target.port = String(DB_PROXY_PORT);
  proxiedUrl = target.toString();
  app = await startApp({ port: APP_PORT, databaseUrl: proxiedUrl });
});

afterAll(async () => {
  if (app) writeFileSync("/tmp/resilience-app.log", app.output.join("\n"));
  await app?.kill("SIGKILL");
  await dbProxy?.stop();
  await handle?.close();
  await drop?.();
});

/** Requests that ran entirely within [from, to) and did not succeed. */
const failedBetween = (requests: readonly RequestRecord[], from: number, to: number) =>
  requests.filter((r) => r.start >= from && r.end < to && (r.status === 0 || r.status >= 400));

async function timedGet(url: string, headers: Record<string, string> = {}) {
  const start = Date.now();
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  const body = await response.text();
  return { ms: Date.now() - start, status: response.status, body, retryAfter: response.headers.get("retry-after") };
}

describe("autosave through database outages", () => {
  it("loses nothing through a 3 s cut and a 10 s blackhole, answers fast and recovers", async () => {
    const t0 = Date.now();
    const load = runAutosaveLoad({ baseUrl: app!.url, respondents: respondents.slice(0, 50), savesPerRespondent: 40, pauseMs: [200, 800], settleMs: 90_000 });
    await sleep(3000);
    dbProxy.cut();
    const cutAt = Date.now();
    const duringCut = await timedGet(`${app!.url}/api/health`);
    await sleep(3000 - (Date.now() - cutAt));
    dbProxy.pass();
    const cutEnd = Date.now();
    await sleep(3000);
    dbProxy.blackhole();
    const blackholeAt = Date.now();
    await sleep(2500);
    const health = await timedGet(`${app!.url}/api/health`);
    const scanPage = await timedGet(`${app!.url}/scan`, { cookie: `salesradar_scan=${respondents[0]!.session}`, accept: "text/html" });
    await sleep(10_000 - (Date.now() - blackholeAt));
    dbProxy.pass();
    const blackholeEnd = Date.now();
    const result = await load;
    const figures = await figuresOf(handle.db, result);
    const afterRecovery = [...failedBetween(result.requests, cutEnd + 2000, blackholeAt), ...failedBetween(result.requests, blackholeEnd + 2000, Infinity)];
    for (const r of afterRecovery) {
      const since = r.start >= blackholeEnd ? `blackhole end +${r.start - blackholeEnd}` : `cut end +${r.start - cutEnd}`;
      console.info(`[resilience] failed after recovery: ${since} ms, status ${r.status}, took ${r.end - r.start} ms`);
    }
    printFigures("db cut 3 s + blackhole 10 s", figures, `failed after recovery + 2 s ${afterRecovery.length}, run ${Math.round((Date.now() - t0) / 1000)} s`);
    console.info(`[resilience] during the outage: /api/health ${health.status} in ${health.ms} ms (cut: ${duringCut.status} in ${duringCut.ms} ms), /scan page ${scanPage.status} in ${scanPage.ms} ms (${scanPage.body.includes("Tijdelijk niet beschikbaar") ? "says" : "does not say"} "temporarily unavailable")`);
    expect(figures.lost).toBe(0);
    expect(figures.stale).toBe(0);
    expect(figures.unsettled).toBe(0);
    expect(figures.failed).toBeGreaterThan(0); // the outages did happen
    expect(figures.longestMs).toBeLessThanOrEqual(5000);
    expect(afterRecovery).toEqual([]);
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toMatchObject({ status: "degraded" });
    expect(health.retryAfter).not.toBeNull();
    expect(health.ms).toBeLessThanOrEqual(2000);
    expect(duringCut.status).toBe(503);
    expect(scanPage.ms).toBeLessThanOrEqual(2000);
    expect(scanPage.body).toContain("Tijdelijk niet beschikbaar");
    expect(app!.output.filter((l) => /uncaught|Cannot read properties of null/i.test(l))).toEqual([]);
  });

  it("loses nothing when the app is killed (SIGKILL) mid-load and started again", async () => {
    const load = runAutosaveLoad({ baseUrl: app!.url, respondents: respondents.slice(50, 100), savesPerRespondent: 40, pauseMs: [200, 800], settleMs: 90_000 });
    await sleep(5000);
    await app!.kill("SIGKILL");
    const killedAt = Date.now();
    await sleep(1000);
    app = await startApp({ port: APP_PORT, databaseUrl: proxiedUrl });
    const backAfter = Date.now() - killedAt;
    const result = await load;
    const figures = await figuresOf(handle.db, result);
    printFigures("kill -9 + restart", figures, `back after ${backAfter} ms`);
    expect(figures.lost).toBe(0);
    expect(figures.stale).toBe(0);
    expect(figures.unsettled).toBe(0);
    expect(figures.failed).toBeGreaterThan(0);
  });
});
