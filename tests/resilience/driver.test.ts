/**
 * The app's PostgreSQL pool (db/postgres-client.ts) through a fault proxy: connections cut
 * under transactions, a blackholed server, a busy pool. Nothing may crash the process, no
 * query may hang, and the pool must work again at once when the server is back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../../db/availability";
import { createPostgresClient, type PostgresClient, type PostgresSettings } from "../../db/postgres-client";
import { FaultProxy } from "../support/fault-proxy";
import { adminUrl } from "./support/postgres";

const settings: PostgresSettings = {
  max: 10,
  connectTimeoutMs: 1000,
  poolTimeoutMs: 1000,
  idleTimeoutS: 30,
  maxLifetimeS: 1800,
  statementTimeoutMs: 5000,
  idleInTransactionTimeoutMs: 10_000,
  stallMs: 600,
  pgbouncer: false,
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let proxy: FaultProxy;
let client: PostgresClient;
let proxiedUrl = "";
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  process.on("uncaughtException", onUncaught);
  const target = new URL(adminUrl());
  proxy = new FaultProxy([{ host: target.hostname, port: Number(target.port || 5432) }]);
  const port = await proxy.start();
  target.port = String(port);
  target.pathname = "/postgres";
  proxiedUrl = target.toString();
  client = createPostgresClient(proxiedUrl, settings);
});

afterAll(async () => {
  await client?.sql.end({ timeout: 1 });
  await proxy?.stop();
  process.off("uncaughtException", onUncaught);
});

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; ok: boolean; error?: unknown }> {
  const start = performance.now();
  try {
    await work();
    return { ms: performance.now() - start, ok: true };
  } catch (error) {
    return { ms: performance.now() - start, ok: false, error };
  }
}

describe("postgres pool through a fault proxy", () => {
  it("survives connections cut under running transactions, then works at once", async () => {
    const { sql } = client;
    let stop = false;
    let committed = 0;
    let failed = 0;
    const worker = async () => {
      while (!stop) {
        try {
          await sql.begin(async (tx) => {
            await tx`select 1`;
            await sleep(5);
            await tx`select pg_sleep(0.01)`;
            await tx`select 2`;
          });
          committed++;
        } catch (error) {
          expect(isDatabaseUnavailable(error), String(error)).toBe(true);
          failed++;
          await sleep(20);
        }
      }
    };
    const workers = Array.from({ length: 20 }, worker);
    for (let i = 0; i < 5; i++) {
      await sleep(300);
      proxy.cut();
      await sleep(200);
      proxy.pass();
    }
    await sleep(1200);
    stop = true;
    await Promise.all(workers);
    const after = await Promise.all(Array.from({ length: 30 }, () => timed(() => sql`select 1`)));
    console.info(`[driver] cut ×5: ${committed} transactions committed, ${failed} failed during cuts, ${uncaught.length} uncaught`);
    const errors = after.filter((r) => !r.ok).map((r) => String(r.error));
    expect(uncaught).toEqual([]);
    expect(errors).toEqual([]);
    expect(committed).toBeGreaterThan(0);
    expect(after.every((r) => r.ok)).toBe(true);
    expect(Math.max(...after.map((r) => r.ms))).toBeLessThan(500);
  });

  it("fails in-flight and new queries within 2 s while the server is blackholed, and recovers", async () => {
    const { sql } = client;
    await Promise.all(Array.from({ length: 5 }, () => sql`select 1`));
    proxy.blackhole();
    const during = await Promise.all([
      ...Array.from({ length: 5 }, () => timed(() => sql`select 1`)),
      ...Array.from({ length: 5 }, () => timed(() => sql.begin((tx) => tx`select 1`))),
    ]);
    await sleep(500);
    const later = await Promise.all(Array.from({ length: 20 }, () => timed(() => sql`select 1`)));
    proxy.pass();
    await sleep(1000);
    const after = await Promise.all(Array.from({ length: 20 }, () => timed(() => sql`select 1`)));
    const longest = Math.max(...during.map((r) => r.ms), ...later.map((r) => r.ms));
    console.info(`[driver] blackhole: longest failing query ${Math.round(longest)} ms; after recovery ${after.filter((r) => r.ok).length}/20 ok`);
    expect([...during, ...later].every((r) => !r.ok && isDatabaseUnavailable(r.error))).toBe(true);
    expect(longest).toBeLessThan(2000);
    expect(after.filter((r) => !r.ok).map((r) => String(r.error))).toEqual([]);
    expect(uncaught).toEqual([]);
  });

  it("gives up waiting for a free connection after the pool timeout", async () => {
    const narrow = createPostgresClient(proxiedUrl, { ...settings, max: 1 });
    try {
      // A transaction holds the only connection (a plain query would be pipelined behind it instead).
      const holder = narrow.sql.begin((tx) => tx`select pg_sleep(2)`);
      await sleep(100);
      const waiting = await timed(() => narrow.sql`select 1`);
      await holder;
      expect(waiting.ok).toBe(false);
      expect(isDatabaseUnavailable(waiting.error)).toBe(true);
      expect(waiting.ms).toBeGreaterThan(900);
      expect(waiting.ms).toBeLessThan(1500);
    } finally {
      await narrow.sql.end({ timeout: 1 });
    }
  });
});

