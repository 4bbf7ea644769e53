/**
 * The one place that reads process.env. Everything else imports `env` from here, so every
 * setting is validated once, with a message that says what to set.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(z.url().optional());

/** A whole number setting with a default and bounds (milliseconds, seconds or a count). */
const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
const flag = (name: string) =>
  z
    .enum(["", "0", "1", "false", "true"], `${name} must be 1/true or 0/false`)
    .optional()
    .transform((v) => v === "1" || v === "true");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalUrl.optional(),
  TEST_DATABASE_URL: optionalUrl.optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  /** The previous NEXTAUTH_SECRET during a key rotation: sealed links and TOTP secrets made with it still open. */
  NEXTAUTH_SECRET_PREVIOUS: z.string().min(32, "NEXTAUTH_SECRET_PREVIOUS must be at least 32 characters").optional(),
  /** Reverse proxies in front of the server that append to X-Forwarded-For (0: trust no header, use the socket address). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int("TRUSTED_PROXY_HOPS must be a whole number").min(0).max(10).default(0),
  NEXTAUTH_URL: optionalUrl.optional(),
  APP_URL: optionalUrl.optional(),
  SMTP_URL: optionalUrl.optional(),
  /** Sender address of the portal's e-mails (the display name is the consultant's); default no-reply@<APP_URL host>. */
  SMTP_FROM: z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(z.email("SMTP_FROM must be an e-mail address, e.g. scan@example.nl").optional())
    .optional(),
  /** "1"/"true" switches the background jobs (outbox delivery, automatic reminders) off, e.g. in tests. */
  OUTBOX_DISABLED: z
    .enum(["", "0", "1", "false", "true"], "OUTBOX_DISABLED must be 1/true or 0/false")
    .optional()
    .transform((v) => v === "1" || v === "true"),
  PGLITE_DIR: z.string().min(1).optional(),
  /** Worker threads that render PDF reports (default: one less than the cores, at least 1). */
  PDF_RENDER_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** Renders that may wait for a worker; beyond that the route answers 503 with Retry-After (default 8). */
  PDF_RENDER_QUEUE: z.coerce.number().int().min(0).max(1000).optional(),
  // PostgreSQL connection behaviour (see db/postgres-client.ts and the README): fail fast while
  // the server is unreachable, recover by itself when it returns.
  DATABASE_POOL_MAX: int(10, 1, 1000),
  DATABASE_CONNECT_TIMEOUT_MS: int(1000, 100, 60_000),
  DATABASE_POOL_TIMEOUT_MS: int(2000, 50, 60_000),
  DATABASE_IDLE_TIMEOUT_S: int(30, 0, 86_400),
  DATABASE_MAX_LIFETIME_S: int(1800, 0, 86_400),
  DATABASE_STATEMENT_TIMEOUT_MS: int(5000, 0, 3_600_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: int(10_000, 0, 3_600_000),
  DATABASE_STALL_MS: int(600, 100, 60_000),
  /** "1": the database is reached through PgBouncer in transaction mode (no prepared statements, no startup settings). */
  DATABASE_PGBOUNCER: flag("DATABASE_PGBOUNCER"),
  /** Seconds a claimed outbox message stays with the instance sending it; after that another instance takes it over. */
  OUTBOX_LEASE_S: int(600, 10, 86_400),
  /** Set by `next build`; the app must not open the database while building. */
  NEXT_PHASE: z.string().optional(),
  /** Port of the e2e suite's production server (default 3100). */
  E2E_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  /** Path of a Chromium binary for the e2e suite (optional). */
  CHROMIUM_PATH: z.string().optional(),
  CI: z.string().optional(),
});

export type Env = z.infer<typeof schema> & {
  /** The secret used to sign sessions (from NEXTAUTH_SECRET or, in development, .data/). */
  authSecret: string;
  /** The public base URL of the portal, without a trailing slash. */
  appUrl: string;
  /** The From address of outgoing e-mail. */
  mailFrom: string;
  pgliteDir: string;
  isProduction: boolean;
  isBuild: boolean;
};

const DATA_DIR = path.resolve(/* turbopackIgnore: true */ process.cwd(), ".data");

/** In development a secret is generated once and kept, so sessions survive restarts. */
function developmentSecret(): string {
  const file = path.join(DATA_DIR, "dev-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === "production";
  const isBuild = e.NEXT_PHASE === "phase-production-build";
  let authSecret = e.NEXTAUTH_SECRET;
  if (!authSecret) {
    if (isProduction && !isBuild) {
      throw new EnvError(
        "NEXTAUTH_SECRET is not set. Set NEXTAUTH_SECRET to a random string of at least 32 characters " +
          "(for example the output of `openssl rand -base64 32`) before starting the portal in production.",
      );
    }
    authSecret = isBuild ? "build-time-placeholder-secret-not-used-at-runtime" : developmentSecret();
  }
  const appUrl = (e.APP_URL ?? e.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  const mailFrom = e.SMTP_FROM ?? `no-reply@${new URL(appUrl).hostname}`;
  return {
    ...e,
    authSecret,
    appUrl,
    mailFrom,
    pgliteDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), e.PGLITE_DIR ?? path.join(".data", "pglite")),
    isProduction,
    isBuild,
  };
}

export const env: Env = parseEnv(process.env);

// next-auth reads these two from process.env itself; keep them consistent with the validated values.
process.env.NEXTAUTH_SECRET ??= env.authSecret;
process.env.NEXTAUTH_URL ??= env.appUrl;
