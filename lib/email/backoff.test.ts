import { describe, expect, it } from "vitest";
import { backoffMs, errorReason, MAX_ATTEMPTS } from "./backoff";

describe("outbox retries", () => {
  it("waits exponentially longer, capped at an hour", () => {
    expect([1, 2, 3, 4, 5].map(backoffMs)).toEqual([60_000, 120_000, 240_000, 480_000, 960_000]);
    expect(backoffMs(20)).toBe(3_600_000);
    expect(MAX_ATTEMPTS).toBe(6);
  });

  it("stores a failure as one bounded line", () => {
    expect(errorReason(new Error("421 try\n  again later"))).toBe("421 try again later");
    expect(errorReason("x".repeat(800))).toHaveLength(500);
    expect(errorReason(new Error(""))).toBe("unknown error");
  });
});
