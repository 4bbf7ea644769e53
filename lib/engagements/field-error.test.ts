import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { FieldRuleError, withFieldRules } from "./field-error";

describe("withFieldRules", () => {
  it("marks a result as saved", async () => {
    expect(await withFieldRules(async (n: number) => ({ id: `x${n}` }))(1, null)).toEqual({ saved: true, id: "x1" });
  });
  it("turns a field rule into a refusal naming the field and reason", async () => {
    const handler = withFieldRules(async () => {
      throw new FieldRuleError("anonymityK", "k_min");
    });
    expect(await handler(undefined, null)).toEqual({ saved: false, field: "anonymityK", reason: "k_min" });
  });
  it("lets every other error through (firmAction turns expected ones into codes)", async () => {
    const conflict = withFieldRules(async () => {
      throw new AppError("conflict");
    });
    await expect(conflict(undefined, null)).rejects.toMatchObject({ code: "conflict" });
    await expect(withFieldRules(async () => Promise.reject(new Error("boom")))(undefined, null)).rejects.toThrow("boom");
  });
});
