/**
 * The app behind PgBouncer in transaction mode (Debian's 1.18), when pgbouncer is installed:
 * with DATABASE_PGBOUNCER=1 the pool works (without it, named prepared statements break as soon
 * as PgBouncer hands a transaction another server connection), migrations started at once by
 * two instances stay serialized, and a production instance takes the autosave load.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/connect";
import { MIGRATIONS_FOLDER, openDatabase } from "../../db/connect";
import { migrateSerialized } from "../../db/migrate-postgres";
import { createPostgresClient } from "../../db/postgres-client";
import { startApp, type AppInstance } from "./support/app";
import { figuresOf, printFigures, runAutosaveLoad } from "./support/load";
import { adminUrl, createDatabase } from "./support/postgres";
import { seedRespondents } from "./support/seed";

const PGBOUNCER = "/usr/sbin/pgbouncer";
const PORTS = { pgbouncer: 3350, app: 3316 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let dir: string;
let bouncer: ChildProcess | null = null;
let drop: () => Promise<void>;
let bouncedUrl: string;
let handle: DatabaseHandle | null = null;
let app: AppInstance | null = null;

const settings = {
  max: 10,
  connectTimeoutMs: 2000,
  poolTimeoutMs: 3000,
  idleTimeoutS: 30,
  maxLifetimeS: 1800,
  statementTimeoutMs: 5000,
  idleInTransactionTimeoutMs: 10_000,
  stallMs: 600,
};

beforeAll(async () => {
  if (!existsSync(PGBOUNCER)) return;
  const database = await createDatabase("salesradar_pgbouncer");
  drop = database.drop;
  const server = new URL(adminUrl());
  // The timeouts PgBouncer will not pass on at connect time, set on this database instead of the role.
  const admin = postgres(database.url, { max: 1, onnotice: () => {} });
  const name = new URL(database.url).pathname.slice(1);
  await admin.unsafe(`alter database "${name}" set statement_timeout = '5s'`);
  await admin.unsafe(`alter database "${name}" set idle_in_transaction_session_timeout = '10s'`);
  await admin.end();
  dir = mkdtempSync(path.join(tmpdir(), "salesradar-pgbouncer-"));
  chmodSync(dir, 0o777);
  writeFileSync(path.join(dir, "users.txt"), `"${server.username || "postgres"}" ""\n`);
  writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      `* = host=${server.hostname} port=${server.port || 5432}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${PORTS.pgbouncer}`,
      "unix_socket_dir =",
      "auth_type = trust",
      `auth_file = ${path.join(dir, "users.txt")}`,
      "pool_mode = transaction",
      // Fewer server connections than the app's pool: transactions really move between them.
      "default_pool_size = 4",
      "max_client_conn = 500",
      `logfile = ${path.join(dir, "pgbouncer.log")}`,
      "",
    ].join("\n"),
  );
  // PgBouncer refuses to run as root: -u drops to the postgres user.
  const asRoot = process.getuid?.() === 0;
  bouncer = spawn(PGBOUNCER, [...(asRoot ? ["-u", "postgres"] : []), path.join(dir, "pgbouncer.ini")], { stdio: "ignore" });
  await sleep(1000);
  const url = new URL(database.url);
  url.host = `127.0.0.1:${PORTS.pgbouncer}`;
  bouncedUrl = url.toString();
});

afterAll(async () => {
  await app?.kill("SIGKILL");
  await handle?.close();
  if (bouncer && bouncer.exitCode === null) {
    bouncer.kill("SIGTERM");
    await new Promise((r) => bouncer!.once("exit", r));
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
  await drop?.();
});

describe.skipIf(!existsSync(PGBOUNCER))("behind PgBouncer in transaction mode", () => {
  it("serializes migrations started at once by two instances", async () => {
    const clients = [0, 1].map(() => postgres(bouncedUrl, { max: 1, prepare: false, onnotice: () => {} }));
    try {
      const applied = await Promise.all(clients.map((c) => migrateSerialized(c, MIGRATIONS_FOLDER)));
      expect(applied.sort()).toEqual([0, applied[1]]);
      expect(applied[1]).toBeGreaterThan(0);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  it("needs DATABASE_PGBOUNCER=1: named prepared statements fail behind it, the app's settings do not", async () => {
    const workload = async (pgbouncer: boolean) => {
      const { sql } = createPostgresClient(bouncedUrl, { ...settings, pgbouncer });
      let failures = 0;
      await Promise.all(
        Array.from({ length: 200 }, async (_, i) => {
          try {
            await sql.begin(async (tx) => {
              await tx`select ${i}::int as n, now()`;
              await tx`select ${String(i)}::text as s`;
            });
          } catch {
            failures++;
          }
        }),
      );
      await sql.end({ timeout: 1 });
      return failures;
    };
    const withPrepared = await workload(false);
    const withoutPrepared = await workload(true);
    console.info(`[resilience] pgbouncer: failed transactions with prepared statements ${withPrepared}/200, with DATABASE_PGBOUNCER=1 ${withoutPrepared}/200`);
    expect(withPrepared).toBeGreaterThan(0);
    expect(withoutPrepared).toBe(0);
  });

  it("serves the autosave load from a production instance", async () => {
    handle = await openDatabase({ kind: "postgres", url: bouncedUrl, settings: { ...settings, pgbouncer: true } });
    const { respondents } = await seedRespondents(handle, 30);
    app = await startApp({ port: PORTS.app, databaseUrl: bouncedUrl, env: { DATABASE_PGBOUNCER: "1" } });
    const result = await runAutosaveLoad({ baseUrl: app.url, respondents, savesPerRespondent: 20, pauseMs: [100, 300], settleMs: 30_000 });
    const figures = await figuresOf(handle.db, result);
    printFigures("behind PgBouncer", figures);
    expect(figures.lost).toBe(0);
    expect(figures.stale).toBe(0);
    expect(figures.unsettled).toBe(0);
  });
});
