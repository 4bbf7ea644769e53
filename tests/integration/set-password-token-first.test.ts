/**
 * Issue 13, defect 7: a set-password request with a made-up token must cost no password
 * hashing (argon2 is what an attacker would make the server do 100× in parallel). The
 * hashing library is wrapped to count calls; the database is real.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const calls = vi.hoisted(() => ({ hash: 0 }));
vi.mock("@node-rs/argon2", async (original) => {
  const real = await original<typeof import("@node-rs/argon2")>();
  return {
    ...real,
    hash: (...args: Parameters<typeof real.hash>) => {
      calls.hash += 1;
      return real.hash(...args);
    },
  };
});

afterAll(() => {
  vi.doUnmock("@node-rs/argon2");
  vi.resetModules();
});

// Test files share one module registry: load the code under test again, against the wrapper.
vi.resetModules();
const { consumeSetPasswordToken } = await import("../../lib/auth/password-tokens");
const { addConsultant } = await import("../../lib/team/queries");
const { AppError } = await import("../../lib/errors");
const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;

beforeEach(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
  calls.hash = 0;
});

describe("7. the token is checked before any password hashing", () => {
  it("a random token is refused without hashing the password", async () => {
    for (let i = 0; i < 5; i++) {
      const error = await consumeSetPasswordToken(db, `random-token-${i}`.padEnd(43, "q"), "een-goed-wachtwoord").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as InstanceType<typeof AppError>).code).toBe("invalid_token");
    }
    expect(calls.hash).toBe(0);
  });

  it("a real token still sets the password (hashed once)", async () => {
    const { link } = await addConsultant(f.owner, { name: "Nina", email: "nina@demo-advies.nl" });
    calls.hash = 0;
    await consumeSetPasswordToken(db, link.split("/set-password/")[1]!, "een-goed-wachtwoord");
    expect(calls.hash).toBe(1);
  });
});
