import { describe, expect, it } from "vitest";
import { allItems, LEVELS, model2026_1, model2026_2 } from "../model";
import { shuffledLevels, statementOrder } from "./statement-order";

const sorted = (levels: readonly number[]) => [...levels].sort((a, b) => a - b);

describe("statement order", () => {
  it("2026.1 keeps the released order 1 → 5 for everyone", () => {
    for (const item of allItems(model2026_1)) expect(statementOrder(model2026_1, "r-1", item.key)).toEqual([1, 2, 3, 4, 5]);
  });

  it("2026.2 shows a permutation of the five levels that is the same on every call (visit, device)", () => {
    for (const item of allItems(model2026_2)) {
      const order = statementOrder(model2026_2, "0b6f3c1e-respondent", item.key);
      expect(sorted(order)).toEqual([...LEVELS]);
      expect(statementOrder(model2026_2, "0b6f3c1e-respondent", item.key)).toEqual(order);
    }
  });

  it("differs between items of one respondent and between respondents", () => {
    const perItem = new Set(allItems(model2026_2).map((item) => shuffledLevels("r-1", item.key).join("")));
    expect(perItem.size).toBeGreaterThan(15);
    const perRespondent = new Set(Array.from({ length: 50 }, (_, i) => shuffledLevels(`r-${i}`, "organisation.crm").join("")));
    expect(perRespondent.size).toBeGreaterThan(30);
  });

  it("puts every level in every position about equally often (no position gives the level away)", () => {
    const n = 6000;
    const counts = LEVELS.map(() => LEVELS.map(() => 0));
    for (let i = 0; i < n; i++) {
      shuffledLevels(`respondent-${i}`, "coaching.development").forEach((level, position) => counts[level - 1]![position]!++);
    }
    // expected n / 5 = 1200 per cell; 4 standard deviations ≈ ± 124
    for (const row of counts) for (const cell of row) expect(Math.abs(cell - n / 5)).toBeLessThan(130);
    // and level 1 is not first more often than chance
    expect(counts[0]![0]! / n).toBeLessThan(0.22);
  });

  it("is not the identity order for most respondents", () => {
    const identity = Array.from({ length: 500 }, (_, i) => shuffledLevels(`x${i}`, "marketing.offer").join("")).filter((o) => o === "12345");
    expect(identity.length).toBeLessThan(15); // chance: 500 / 120 ≈ 4
  });
});
