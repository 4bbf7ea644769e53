import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("environment", () => {
  it("refuses to start in production without NEXTAUTH_SECRET and says what to set", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(EnvError);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET is not set.*at least 32 characters/);
  });

  it("accepts a production configuration", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      NEXTAUTH_SECRET: "x".repeat(40),
      APP_URL: "https://scan.example.nl/",
      DATABASE_URL: "postgres://app@db.internal:5432/salesradar",
    });
    expect(env.authSecret).toBe("x".repeat(40));
    expect(env.appUrl).toBe("https://scan.example.nl");
    expect(env.isProduction).toBe(true);
  });

  it("keeps one generated secret in development, so sessions survive restarts", () => {
    const a = parseEnv({ NODE_ENV: "development" });
    const b = parseEnv({ NODE_ENV: "development" });
    expect(a.authSecret.length).toBeGreaterThanOrEqual(40);
    expect(b.authSecret).toBe(a.authSecret);
  });

  it("has fail-fast database defaults and refuses nonsense with the variable's name", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env.DATABASE_CONNECT_TIMEOUT_MS).toBe(1000);
    expect(env.DATABASE_POOL_TIMEOUT_MS).toBe(2000);
    expect(env.DATABASE_STATEMENT_TIMEOUT_MS).toBe(5000);
    expect(env.DATABASE_PGBOUNCER).toBe(false);
    expect(parseEnv({ DATABASE_PGBOUNCER: "1", DATABASE_POOL_MAX: "25" })).toMatchObject({ DATABASE_PGBOUNCER: true, DATABASE_POOL_MAX: 25 });
    expect(() => parseEnv({ DATABASE_CONNECT_TIMEOUT_MS: "fast" })).toThrow(/DATABASE_CONNECT_TIMEOUT_MS/);
    expect(() => parseEnv({ DATABASE_POOL_MAX: "0" })).toThrow(/DATABASE_POOL_MAX/);
  });

  it("rejects malformed values with the variable's name", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => parseEnv({ SMTP_URL: "::" })).toThrow(/SMTP_URL/);
  });

  it("treats empty optional values as unset", () => {
    const env = parseEnv({ NODE_ENV: "test", DATABASE_URL: "", SMTP_URL: "", NEXTAUTH_SECRET: "y".repeat(32) });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.pgliteDir).toMatch(/\.data[/\\]pglite$/);
  });

  it("reads TRUSTED_PROXY_HOPS (default 0: trust no forwarding header) and refuses nonsense", () => {
    expect(parseEnv({ NODE_ENV: "test" }).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ NODE_ENV: "test", TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "1.5" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
