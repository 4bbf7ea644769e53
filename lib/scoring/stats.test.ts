import { describe, expect, it } from "vitest";
import { atLeast, formatScore, mean, range, roundForDisplay, sampleSd, sampleVariance } from "./stats";

describe("stats", () => {
  it("mean is null (not NaN, not 0) for no values", () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 4])).toBeCloseTo(7 / 3, 10);
  });
  it("sample variance uses n − 1", () => {
    // 1, 3: mean 2, squares 1 + 1 = 2, / (2 − 1) = 2 (population variance would be 1)
    expect(sampleVariance([1, 3])).toBe(2);
    expect(sampleVariance([4])).toBeNull();
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 10);
  });
  it("range", () => {
    expect(range([3, 1, 5])).toEqual({ min: 1, max: 5 });
    expect(range([])).toBeNull();
  });
  it("is independent of order", () => {
    const a = [0.1, 0.7, 1 / 3, 2.2, 4.9];
    expect(mean(a)).toBe(mean([...a].reverse()));
    expect(sampleVariance(a)).toBe(sampleVariance([a[2]!, a[4]!, a[0]!, a[3]!, a[1]!]));
  });
  it("atLeast tolerates floating-point noise", () => {
    expect(atLeast(2.9999999999999996, 3)).toBe(true);
    expect(atLeast(2.99, 3)).toBe(false);
  });
  it("display rounding is half away from zero and only a helper", () => {
    expect(roundForDisplay(3.25)).toBe(3.3);
    expect(roundForDisplay(3.249999999999999)).toBe(3.3); // 3.25 on paper
    expect(roundForDisplay(3.24)).toBe(3.2);
    expect(roundForDisplay(-0.25)).toBe(-0.3);
    expect(roundForDisplay(-0.01)).toBe(0);
    expect(roundForDisplay(1 / 3, 2)).toBe(0.33);
  });
  it("formatScore uses the locale's decimal sign", () => {
    expect(formatScore(3.45, "nl")).toBe("3,5");
    expect(formatScore(3, "en")).toBe("3.0");
    expect(formatScore(null, "en")).toBe("–");
  });
});
