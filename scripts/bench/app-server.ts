/**
 * Benchmark support: a production build of the app (`next start`) on its own port and database,
 * started and stopped by the benchmark itself, and a throwaway PostgreSQL database.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import postgres from "postgres";

export interface ThrowawayDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** Creates `salesradar_bench_<random>` on the server of `adminUrl`; drop() removes it. */
export async function createThrowawayDatabase(adminUrl: string): Promise<ThrowawayDatabase> {
  const name = `salesradar_bench_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** `next build`, unless BENCH_SKIP_BUILD=1 and a build exists. */
export function buildApp(skip: boolean): void {
  if (skip) return;
  console.log("Building the app (next build)…");
  const result = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed");
}

export interface RunningApp {
  readonly origin: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `next start` on the port against the database and waits until /api/health answers ok. */
export async function startApp(options: { port: number; databaseUrl: string }): Promise<RunningApp> {
  const origin = `http://127.0.0.1:${options.port}`;
  const child = spawn("npx", ["next", "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      NEXTAUTH_URL: origin,
      APP_URL: origin,
      OUTBOX_DISABLED: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("the app did not start");
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    origin,
    process: child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
    },
  };
}
