/**
 * Production instances of the app for the resilience suite: `next start` processes on
 * 127.0.0.1 with their own environment, started and killed (also with SIGKILL) by the tests.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { appendFileSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const SECRET = "resilience-secret-resilience-secret-0123456789";
const NEXT_BIN = "node_modules/next/dist/bin/next";

/** Newest change among the files a build is made of (tracked and new ones). */
function newestSource(): number {
  const listed = spawnSync("git", ["ls-files", "-co", "--exclude-standard", "--", "app", "components", "db", "drizzle", "i18n", "lib", "messages", "patches", ":(glob)*.ts", ":(glob)*.json"], { encoding: "utf8" });
  let newest = 0;
  for (const file of listed.stdout.split("\n").filter(Boolean)) {
    if (existsSync(file)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/** Builds the app (the suite tests the production build), unless the last build is newer than every source file. */
export function buildApp(): void {
  if (existsSync(".next/BUILD_ID") && statSync(".next/BUILD_ID").mtimeMs > newestSource()) {
    console.info("[resilience] reusing the production build in .next (newer than every source file)");
    return;
  }
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export interface AppInstance {
  readonly port: number;
  readonly url: string;
  readonly output: string[];
  /** Ends the process with `signal` and waits until it has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface AppOptions {
  readonly port: number;
  readonly databaseUrl: string;
  /** The public URL (APP_URL); defaults to the instance's own. */
  readonly appUrl?: string;
  readonly env?: Record<string, string>;
}

export async function startApp(options: AppOptions): Promise<AppInstance> {
  const url = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: options.appUrl ?? url,
      APP_URL: options.appUrl ?? url,
      OUTBOX_DISABLED: "1",
      ...options.env,
    },
  });
  const output: string[] = [];
  // Kept in a file as well, for reading after a failed run.
  const logFile = path.join(tmpdir(), `salesradar-resilience-${options.port}.log`);
  appendFileSync(logFile, `--- started ${new Date().toISOString()}\n`);
  const collect = (chunk: Buffer) => {
    appendFileSync(logFile, chunk);
    output.push(...chunk.toString().split("\n").filter(Boolean));
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const instance: AppInstance = {
    port: options.port,
    url,
    output,
    async kill(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  await waitForHealth(url, 90_000, () => child.exitCode !== null).catch(async (error: unknown) => {
    await instance.kill("SIGKILL");
    throw new Error(`${String(error)}\n${output.slice(-30).join("\n")}`);
  });
  return instance;
}

export async function waitForHealth(url: string, timeoutMs: number, gaveUp: () => boolean = () => false): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gaveUp()) throw new Error(`the app at ${url} exited`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(3000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app at ${url} did not become healthy within ${timeoutMs} ms`);
}
