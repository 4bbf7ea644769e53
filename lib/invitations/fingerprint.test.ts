import { describe, expect, it } from "vitest";
import { recipientsFingerprint } from "./fingerprint";

describe("recipients fingerprint", () => {
  it("names the set of recipients, whatever the order", () => {
    expect(recipientsFingerprint(["b", "a"])).toBe(recipientsFingerprint(["a", "b"]));
    expect(recipientsFingerprint(["a", "b"])).not.toBe(recipientsFingerprint(["a", "b", "c"]));
    expect(recipientsFingerprint(["a"])).not.toBe(recipientsFingerprint(["b"]));
    expect(recipientsFingerprint([])).toMatch(/^[\w-]{22}$/);
  });
});
