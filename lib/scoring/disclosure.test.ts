import { describe, expect, it } from "vitest";
import type { DisclosureCell } from "./disclosure";
import { disclosureControl } from "./disclosure";

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const cell = (id: string, members: number[], order: number, extra: Partial<DisclosureCell> = {}): DisclosureCell => ({
  id,
  members,
  publishes: "mean",
  order,
  ...extra,
});
const total = (n: number) => cell("total", range(0, n), 0, { fixed: true });
const run = (n: number, cells: DisclosureCell[], k = 3, weighting: "role_group" | "respondent" = "respondent", roleOf?: string[]) =>
  disclosureControl({ k, weighting, roleOf: roleOf ?? range(0, n).map(() => "sales"), cells: [total(n), ...cells] });

describe("disclosureControl", () => {
  it("drops cells below k, and the smallest shown group when the rest would be below k (later one on a tie)", () => {
    // 12 = a 3 + b 4 + c 3 + 2 outside: total − a − b − c = 2 people → c goes (tie with a, later).
    const r = run(12, [cell("a", range(0, 3), 1), cell("b", range(3, 7), 2), cell("c", range(7, 10), 3), cell("d", range(10, 12), 4)]);
    expect([...r.published]).toEqual(["total", "a", "b"]);
    expect(r.suppressed).toEqual([
      { id: "d", reason: "below_k" },
      { id: "c", reason: "computable" },
    ]);
  });

  it("never publishes a cell leaving fewer than k inside a published cell that contains it", () => {
    // team (4) inside sales (6): sales − team = 2 people.
    const r = run(20, [cell("sales", range(0, 6), 1), cell("team", range(0, 4), 2)]);
    expect(r.published.has("team")).toBe(false);
    expect(r.suppressed[0]).toEqual({ id: "team", reason: "complement" });
  });

  it("checks role groups and teams together: the issue #12 layout", () => {
    // 0 director; 1–2 sales Noord; 3–6 sales Zuid; 7–11 marketing (= team Mkt)
    const roleOf = ["management", "sales", "sales", "sales", "sales", "sales", "sales", ...range(0, 5).map(() => "marketing")];
    const cells = [
      cell("sales", range(1, 7), 1),
      cell("marketing", range(7, 12), 2),
      cell("Mkt", range(7, 12), 10),
      cell("Noord", range(0, 3), 11),
      cell("Zuid", range(3, 7), 12),
    ];
    for (const weighting of ["role_group", "respondent"] as const) {
      const r = run(12, cells, 3, weighting, roleOf);
      expect([...r.published].sort(), weighting).toEqual(["Mkt", "Noord", "marketing", "total"]);
    }
  });

  it("counts beside a mean of role-group means can pin down a small role group", () => {
    const roleOf = ["management", ...range(0, 5).map(() => "sales")];
    const counts = cell("counts", range(0, 6), 1, { publishes: "count" });
    expect(run(6, [counts], 3, "role_group", roleOf).published.has("counts")).toBe(false);
    expect(run(6, [counts], 3, "respondent", roleOf).published.has("counts")).toBe(true);
  });

  it("gives up a detail before a group when one of them has to go", () => {
    // "rest" (a detail) contains sales and leaves 2: the rest goes first. Then total − management
    // − sales is those 2: management, the smaller group, goes too.
    const rest = cell("rest", range(3, 15), 9, { detail: true });
    const r = run(15, [cell("management", range(0, 3), 1), cell("sales", range(3, 13), 2), rest]);
    expect([...r.published].sort()).toEqual(["sales", "total"]);
    expect(r.suppressed).toEqual([
      { id: "rest", reason: "complement" },
      { id: "management", reason: "computable" },
    ]);
    // Inside the total the inner cell goes, however detailed the other cells are.
    const counts = cell("counts", range(0, 6), 1, { publishes: "count", detail: true });
    expect([...run(6, [cell("sales", range(1, 6), 2), counts]).published].sort()).toEqual(["counts", "total"]);
  });

  it("is deterministic whatever the order of the candidates", () => {
    const cells = [cell("a", range(0, 3), 1), cell("b", range(3, 6), 2), cell("x", [0, 1, 3, 4], 3), cell("y", [2, 5, 6, 7], 4)];
    const a = run(9, cells);
    const b = run(9, [...cells].reverse());
    expect([...b.published].sort()).toEqual([...a.published].sort());
  });

  it("never suppresses the fixed total", () => {
    expect([...run(3, [cell("a", [0, 1, 2], 1)]).published]).toContain("total");
  });
});
