import { describe, expect, it } from "vitest";
import { demoAnswers } from "./seed-answers";

const org = { organisation: 2.6, marketing: 2, coaching: 1.8, leadership: 3, accounts: 2.4 } as const;

describe("demo answers", () => {
  it("are deterministic and complete, for the current version (26 items) and 2026.1 (25)", () => {
    const a = demoAnswers(org, "sales", 7);
    expect(demoAnswers(org, "sales", 7)).toEqual(a);
    expect(a.filter((x) => x.key.startsWith("item:"))).toHaveLength(26);
    expect(a.some((x) => x.key === "item:organisation.customer_contact")).toBe(true);
    expect(a.filter((x) => x.key.startsWith("kpi:"))).toHaveLength(26);
    expect(a.filter((x) => x.key.startsWith("desired:"))).toHaveLength(5);
    const old = demoAnswers(org, "sales", 7, Number.POSITIVE_INFINITY, "2026.1");
    expect(old.filter((x) => x.key.startsWith("item:"))).toHaveLength(25);
    expect(old.some((x) => x.key === "item:coaching.skills_feedback")).toBe(true);
  });
  it("stop after the given number of items for people still answering", () => {
    const partial = demoAnswers(org, "management", 3, 8);
    expect(partial.filter((x) => x.key.startsWith("item:"))).toHaveLength(8);
    expect(partial.some((x) => x.key.startsWith("kpi:"))).toBe(false);
  });
  it("let management see more maturity than customer service on average", () => {
    const avg = (role: "management" | "customer_service") => {
      const values = Array.from({ length: 30 }, (_, i) => demoAnswers(org, role, 100 + i))
        .flat()
        .filter((x) => x.key.startsWith("item:") && /^\d$/.test(x.value))
        .map((x) => Number(x.value));
      return values.reduce((s, v) => s + v, 0) / values.length;
    };
    expect(avg("management") - avg("customer_service")).toBeGreaterThan(0.6);
  });
});
