/**
 * npm run bench:paths — the hot paths of a production build, each beside its peer in the same
 * run (this machine is shared and noisy: only ratios from one run are comparable).
 *
 *   autosave   the app's /api/scan/answers vs a bare node:http + postgres.js upsert server,
 *              same load generator, 50 connections, rounds interleaved A/B/A/B; lost and stale
 *              answers checked in the database afterwards
 *   results    the results overview page at 100 / 1,000 / 5,000 respondents vs the same
 *              aggregation as one SQL query (+ the page's own floor: an engagement of 3)
 *   pdf        the report route cached (published version) and uncached (draft) vs warm
 *              Chromium page.pdf() of the client portal's report page; /api/health while 4
 *              renders run
 *
 * Needs PostgreSQL (TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test, on which a
 * throwaway database is created and dropped). BENCH_SKIP_BUILD=1 reuses an existing build;
 * BENCH_ONLY=autosave,results,pdf runs a subset. Writes the figures to bench-paths.json.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { eq } from "drizzle-orm";
import { openDatabase } from "../db/connect";
import { clients, engagements, firms, respondents } from "../db/schema";
import { seedDemo } from "../db/seed";
import { env } from "../lib/env";
import { CURRENT_MODEL_VERSION } from "../lib/model";
import { createScanSession, SCAN_COOKIE } from "../lib/scan/session";
import { buildApp, createThrowawayDatabase, startApp } from "./bench/app-server";
import { autosaveRound, type AutosaveRound, type AutosaveTarget } from "./bench/autosave-load";
import { closedLoop, makeAgent, send } from "./bench/http-load";
import { benchPdf } from "./bench/pdf-paths";
import { benchResults } from "./bench/results-paths";
import { ms, table } from "./bench/timing";

const APP_PORT = 3170;
const BARE_PORT = 3171;
const CONNECTIONS = 50;
const ROUND_MS = 8_000;
const only = new Set((process.env.BENCH_ONLY ?? "autosave,results,pdf").split(","));

interface Target {
  readonly label: string;
  readonly value: number;
  readonly limit: number;
  readonly unit: string;
  /** true: the figure must stay at or below the limit; false: at or above. */
  readonly atMost: boolean;
}
const targets: Target[] = [];
const report: Record<string, unknown> = { date: new Date().toISOString(), loadavg: loadavg() };

function target(label: string, value: number, limit: number, unit: string, atMost: boolean) {
  targets.push({ label, value, limit, unit, atMost });
}

async function startBare(databaseUrl: string): Promise<() => void> {
  const child = spawn("npx", ["tsx", "scripts/bench/bare-autosave-server.ts", String(BARE_PORT), databaseUrl], { stdio: ["ignore", "pipe", "inherit"], detached: true });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
    child.once("exit", () => reject(new Error("bare server exited")));
  });
  return () => process.kill(-child.pid!, "SIGTERM");
}

async function main() {
  const adminUrl = env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const database = await createThrowawayDatabase(adminUrl);
  const handle = await openDatabase({ kind: "postgres", url: database.url });
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  let stopBare: (() => void) | undefined;
  try {
    await handle.migrate();
    await seedDemo(handle.db, { publish: true });
    const db = handle.db;
    const [firm] = await db.select().from(firms).where(eq(firms.slug, "demo-advies"));
    const [client] = await db.select().from(clients).where(eq(clients.firmId, firm!.id));
    buildApp(process.env.BENCH_SKIP_BUILD === "1");
    app = await startApp({ port: APP_PORT, databaseUrl: database.url });
    const context = { db, app, firmId: firm!.id, clientId: client!.id, databaseUrl: database.url };

    if (only.has("autosave")) {
      const [engagement] = await db
        .insert(engagements)
        .values({ firmId: firm!.id, clientId: client!.id, title: "Bench autosave", status: "open", modelVersion: CURRENT_MODEL_VERSION })
        .returning();
      const people = await db
        .insert(respondents)
        .values(Array.from({ length: CONNECTIONS }, (_, i) => ({ firmId: firm!.id, engagementId: engagement!.id, name: `Bench ${i}`, email: `bench${i}@example.test`, roleGroup: "sales" as const })))
        .returning({ id: respondents.id });
      const ids = people.map((p) => p.id);
      const sessions = await Promise.all(ids.map((id) => createScanSession(db, id)));
      stopBare = await startBare(database.url);
      const agent = makeAgent(CONNECTIONS);
      const appTarget: AutosaveTarget = {
        name: "app",
        url: `${app.origin}/api/scan/answers`,
        origin: app.origin,
        cookie: (w) => `${SCAN_COOKIE}=${sessions[w]!.token}`,
        table: "scan_answers",
      };
      const bareTarget: AutosaveTarget = { name: "bare", url: `http://127.0.0.1:${BARE_PORT}/`, origin: app.origin, cookie: (w) => `rid=${ids[w]}`, table: "bench_answers" };
      // Warm both (JIT, prepared statements, pools), then A/B/A/B.
      await autosaveRound(agent, appTarget, ids, database.url, { connections: CONNECTIONS, durationMs: 2000 });
      await autosaveRound(agent, bareTarget, ids, database.url, { connections: CONNECTIONS, durationMs: 2000 });
      const rounds: AutosaveRound[] = [];
      for (const t of [appTarget, bareTarget, appTarget, bareTarget]) {
        rounds.push(await autosaveRound(agent, t, ids, database.url, { connections: CONNECTIONS, durationMs: ROUND_MS }));
      }
      // Diagnostic: the framework's own ceiling — Next's /api/health (one `select 1`) under the same load.
      const floor = await closedLoop(CONNECTIONS, ROUND_MS / 2, async () => (await send(agent, `${app!.origin}/api/health`)).status === 200);
      agent.destroy();
      console.log(`\nAutosave, ${CONNECTIONS} connections, ${ROUND_MS / 1000} s per round (A/B/A/B):`);
      console.log(
        table(
          ["round", "requests", "req/s", "p50 ms", "p95 ms", "max ms", "errors", "lost", "stale"],
          rounds.map((r) => [r.target, String(r.requests), r.perSecond.toFixed(0), ms(r.p50), ms(r.p95), ms(r.max), String(r.errors), String(r.lost), String(r.stale)]),
        ),
      );
      const sum = (name: string, pick: (r: AutosaveRound) => number) => rounds.filter((r) => r.target === name).reduce((n, r) => n + pick(r), 0);
      const ratio = sum("app", (r) => r.perSecond) / sum("bare", (r) => r.perSecond);
      const appP95 = Math.max(...rounds.filter((r) => r.target === "app").map((r) => r.p95));
      console.log(`app / bare throughput: ${ratio.toFixed(2)}×`);
      console.log(`(Next's own ceiling in this run: /api/health ${floor.perSecond.toFixed(0)} req/s, p95 ${ms(floor.p95)} ms, ${(floor.perSecond / (sum("bare", (r) => r.perSecond) / 2)).toFixed(2)}× the bare peer)`);
      target("autosave throughput vs bare peer", ratio, 0.25, "×", false);
      target("autosave p95 at 50 connections", appP95, 50, "ms", true);
      target("autosave lost + stale", sum("app", (r) => r.lost + r.stale + r.errors), 0, "", true);
      report.autosave = { rounds, ratio, nextHealthFloor: floor };
    }
    if (only.has("results")) report.results = await benchResults(context, target);
    if (only.has("pdf")) report.pdf = await benchPdf(context, target);
  } finally {
    stopBare?.();
    await app?.stop();
    await handle.close();
    await database.drop();
  }

  console.log("\nTargets:");
  console.log(
    table(
      ["target", "measured", "limit", "met"],
      targets.map((t) => [t.label, `${t.value < 10 ? t.value.toFixed(2) : t.value.toFixed(0)} ${t.unit}`, `${t.atMost ? "≤" : "≥"} ${t.limit} ${t.unit}`, (t.atMost ? t.value <= t.limit : t.value >= t.limit) ? "yes" : "NO"]),
    ),
  );
  report.targets = targets;
  writeFileSync("bench-paths.json", JSON.stringify(report, null, 2));
  console.log("\nWrote bench-paths.json");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
