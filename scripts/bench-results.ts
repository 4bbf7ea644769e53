/**
 * npm run bench:results — how fast the results of an engagement with 1,000 respondents load.
 *
 * Seeds 1,000 submitted respondents (deterministic synthetic answers, ~60 answer rows each) plus
 * 50 unsubmitted ones into a throwaway database — an in-memory PGlite, or, with
 * TEST_DATABASE_URL set, a database created on that PostgreSQL server and dropped afterwards —
 * and reports median / p95 times of:
 *
 *   1. the results query as the app runs it (lib/results/load.ts through Drizzle, including
 *      turning the rows into lib/scoring's input);
 *   2. the same SQL run directly on the driver (no ORM, no parsing): the database's share;
 *   3. fetching every answer row and aggregating naively (respondents, then all their
 *      scan_answers rows through the ORM, grouped per respondent by filtering the row list);
 *      (and, for reference, the same rows grouped in one pass with a Map);
 *   4. everything a results page needs: (1) plus the engagement lookup and lib/scoring's
 *      analyseEngagement (getEngagementResults).
 *
 * Not part of `npm test`: timings depend on the machine. Exits with 1 when the page data (4)
 * misses its 500 ms target or the naive path gives other responses than the query.
 */
import { randomBytes } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { cpus, loadavg } from "node:os";
import { PGlite } from "@electric-sql/pglite";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { MIGRATIONS_FOLDER } from "../db/connect";
import * as schema from "../db/schema";
import { clients, engagements, firms, respondents, scanAnswers } from "../db/schema";
import type { Database } from "../db/types";
import { env } from "../lib/env";
import { getModel } from "../lib/model";
import { responseFromAnswers } from "../lib/results/parse";
import { loadSubmittedResponses, submittedResponsesQuery } from "../lib/results/load";
import { getEngagementResults } from "../lib/results/queries";
import { storeResponses } from "../lib/results/testing/store";
import { analyseEngagement } from "../lib/scoring";
import type { ScanResponse } from "../lib/scoring";
import { syntheticResponses } from "./bench/synthetic";
import { ms, percentile, table } from "./bench/timing";

const RESPONDENTS = 1_000;
const UNSUBMITTED = 50;
const SEED = 20260101;
const RUNS = 25;
const WARMUP = 3;
const PAGE_TARGET_MS = 500;

interface Measurement {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
}

async function measure(fn: () => Promise<unknown>, runs = RUNS): Promise<Measurement> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95), min: samples[0] ?? Number.NaN };
}

interface Target {
  readonly label: string;
  readonly db: Database;
  /** Runs SQL text with positional parameters on the driver itself, returning the rows. */
  raw(sql: string, params: unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

async function openTarget(): Promise<Target> {
  const adminUrl = env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const client = new PGlite();
    await client.waitReady;
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
    return {
      label: "PGlite (embedded, in memory)",
      db,
      raw: async (sql, params) => (await client.query(sql, params)).rows,
      close: () => client.close(),
    };
  }
  const name = `salesradar_bench_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const client = postgres(url.toString(), { max: 4, onnotice: () => {} });
  await migratePostgres(drizzlePostgres(client), { migrationsFolder: MIGRATIONS_FOLDER });
  const db = drizzlePostgres(client, { schema }) as unknown as Database;
  return {
    label: `PostgreSQL (${url.host}, throwaway database ${name})`,
    db,
    raw: async (sql, params) => [...(await client.unsafe(sql, params as never[]))],
    async close() {
      await client.end();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** The naive way: every answer row through the ORM, grouped by filtering the list per respondent. */
async function naiveLoad(db: Database, firmId: string, engagementId: string): Promise<ScanResponse[]> {
  const model = getModel("2026.1");
  const people = await db
    .select()
    .from(respondents)
    .where(and(eq(respondents.engagementId, engagementId), eq(respondents.firmId, firmId), isNotNull(respondents.submittedAt)))
    .orderBy(respondents.name, respondents.id);
  const rows = await db
    .select()
    .from(scanAnswers)
    .where(inArray(scanAnswers.respondentId, people.map((p) => p.id)));
  return people.map((p) => {
    const answers: Record<string, string> = {};
    for (const row of rows.filter((r) => r.respondentId === p.id)) answers[row.key] = row.value;
    return responseFromAnswers(model, { id: p.id, roleGroup: p.roleGroup, team: p.team }, answers).response;
  });
}

/** Fetching every answer row, but grouping them in one pass (a Map): what row-by-row loading costs at best. */
async function rowsGroupedOnce(db: Database, firmId: string, engagementId: string): Promise<ScanResponse[]> {
  const model = getModel("2026.1");
  const rows = await db
    .select({ id: respondents.id, roleGroup: respondents.roleGroup, team: respondents.team, key: scanAnswers.key, value: scanAnswers.value })
    .from(respondents)
    .leftJoin(scanAnswers, eq(scanAnswers.respondentId, respondents.id))
    .where(and(eq(respondents.engagementId, engagementId), eq(respondents.firmId, firmId), isNotNull(respondents.submittedAt)))
    .orderBy(respondents.name, respondents.id);
  const grouped = new Map<string, { who: (typeof rows)[number]; answers: Record<string, string> }>();
  for (const row of rows) {
    let entry = grouped.get(row.id);
    if (!entry) grouped.set(row.id, (entry = { who: row, answers: {} }));
    if (row.key !== null && row.value !== null) entry.answers[row.key] = row.value;
  }
  return [...grouped.values()].map(({ who, answers }) => responseFromAnswers(model, { id: who.id, roleGroup: who.roleGroup, team: who.team }, answers).response);
}

async function main() {
  const model = getModel("2026.1");
  const target = await openTarget();
  try {
    const { db } = target;
    const [firm] = await db.insert(firms).values({ name: "Bench Advies", slug: `bench-${Date.now()}` }).returning();
    const [client] = await db.insert(clients).values({ firmId: firm!.id, name: "Bench B.V.", industry: "other" }).returning();
    const [engagement] = await db
      .insert(engagements)
      .values({ firmId: firm!.id, clientId: client!.id, title: "1.000 respondenten", status: "closed", modelVersion: model.version })
      .returning();
    const scope = { db, firm: { id: firm!.id } };
    const responses = syntheticResponses(model, SEED, RESPONDENTS + UNSUBMITTED);
    const seedStart = performance.now();
    await storeResponses(
      db,
      { firmId: firm!.id, engagementId: engagement!.id },
      responses.map((r, i) => ({ name: `Respondent ${String(i).padStart(4, "0")}`, response: r, submitted: i < RESPONDENTS })),
    );
    const seedMs = performance.now() - seedStart;
    const [{ n: answerRows } = { n: 0 }] = await target.raw("select count(*)::int as n from scan_answers", []) as { n: number }[];

    // Correctness first: the three paths must see the same respondents and answers.
    const loaded = await loadSubmittedResponses(scope, engagement!.id, model);
    const naive = await naiveLoad(db, firm!.id, engagement!.id);
    const grouped = await rowsGroupedOnce(db, firm!.id, engagement!.id);
    const same = loaded.responses.length === RESPONDENTS && isDeepStrictEqual(loaded.responses, naive) && isDeepStrictEqual(loaded.responses, grouped);
    const query = submittedResponsesQuery(db, firm!.id, engagement!.id, { people: true }).toSQL();
    const rawRows = await target.raw(query.sql, query.params);

    const [load] = loadavg();
    console.log(
      `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, load average ${load?.toFixed(1)}` +
        (load !== undefined && load > cpus().length ? " (busy machine: timings inflated)" : ""),
    );
    console.log(`Database: ${target.label}`);
    console.log(
      `Seeded ${RESPONDENTS.toLocaleString("en")} submitted + ${UNSUBMITTED} unsubmitted respondents, ${answerRows.toLocaleString("en")} answer rows, in ${(seedMs / 1000).toFixed(1)} s; ` +
        `the results query returns ${rawRows.length} row for ${loaded.responses.length} respondents; naive paths give the same responses: ${same ? "yes" : "NO"}\n`,
    );

    const cases: [string, Measurement][] = [
      ["1. results query (Drizzle + parse into scoring input)", await measure(() => loadSubmittedResponses(scope, engagement!.id, model))],
      ["2. the same SQL run directly on the driver", await measure(() => target.raw(query.sql, query.params))],
      ["3. fetch all rows + aggregate naively", await measure(() => naiveLoad(db, firm!.id, engagement!.id), 10)],
      ["   (fetch all rows, grouped in one pass)", await measure(() => rowsGroupedOnce(db, firm!.id, engagement!.id), 10)],
      ["   lib/scoring analyseEngagement alone", await measure(async () => analyseEngagement(model, { modelVersion: model.version, responses: loaded.responses }))],
      ["4. page data: getEngagementResults (1 + analysis)", await measure(() => getEngagementResults(scope, engagement!.id))],
    ];
    console.log(table(["case (ms)", "median", "p95", "min"], cases.map(([name, m]) => [name, ms(m.median), ms(m.p95), ms(m.min)])));
    const page = cases[5]![1];
    const ok = same && page.median < PAGE_TARGET_MS;
    console.log(
      `\nPage data median ${ms(page.median)} ms (target < ${PAGE_TARGET_MS} ms, so the page renders well under a second): ${page.median < PAGE_TARGET_MS ? "ok" : "MISSED"}` +
        `; query vs naive: ${(cases[2]![1].median / cases[0]![1].median).toFixed(1)}× faster.`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await target.close();
  }
}

await main();
