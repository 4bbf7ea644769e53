import { describe, expect, it } from "vitest";
import { clientSafeView } from "./client-safe";
import type { ClientSafeView } from "./client-safe";
import { fixtureModel as model, itemsFrom, simpleResponse } from "./testing/fixture-model";
import type { ScanResponse } from "./types";
import type { RoleGroup } from "../model/types";

function people(group: RoleGroup, count: number, team: string | null = null, answers = "33333"): ScanResponse[] {
  return Array.from({ length: count }, (_, i) =>
    simpleResponse(`${group}-${team ?? "x"}-${i}`, group, itemsFrom(answers), {
      team,
      comments: { organisation: `comment ${group} ${i}` },
    }),
  );
}
const view = (responses: ScanResponse[], k = 3): ClientSafeView =>
  clientSafeView(model, { modelVersion: "2026.1", responses, settings: { k } });
const ok = (v: ClientSafeView) => {
  if (v.status !== "ok") throw new Error("expected ok");
  return v;
};
const groups = (v: ClientSafeView) => ok(v).roleGroups.map((g) => [g.key, g.n]);

describe("clientSafeView", () => {
  it("too few responses: only a marker", () => {
    expect(view(people("sales", 2))).toEqual({ status: "too_few_responses", modelVersion: "2026.1", k: 3 });
    expect(view(people("sales", 4), 5)).toEqual({ status: "too_few_responses", modelVersion: "2026.1", k: 5 });
  });
  it("groups with n ≥ k are shown; the rest merged into Overig", () => {
    const v = view([...people("sales", 4), ...people("management", 3), ...people("marketing", 1), ...people("other", 2)]);
    expect(groups(v)).toEqual([
      ["management", 3],
      ["sales", 4],
      [null, 3],
    ]);
    expect(ok(v).roleGroups[2]?.merged).toBe(true);
    expect(ok(v).hiddenRoleGroupRespondents).toBe(0);
  });
  it("a merged group below k is hidden, and the next-smallest shown group with it", () => {
    // management 1 → Overig of 1 < 3 → hidden; 9 − 5 − 3 = 1 would reveal it → hide marketing (3)
    const v = view([...people("sales", 5), ...people("marketing", 3), ...people("management", 1)]);
    expect(groups(v)).toEqual([["sales", 5]]);
    expect(ok(v).hiddenRoleGroupRespondents).toBe(4);
  });
  it("no named group reaches k: no groups at all (Overig would equal the total)", () => {
    expect(groups(view([...people("sales", 2), ...people("management", 2)]))).toEqual([]);
  });
  it("distributions and comments for the total only, from 5 respondents; never for a group", () => {
    const v = ok(view([...people("sales", 5), ...people("marketing", 5)], 3));
    expect(v.roleGroups.map((g) => [g.key, g.distributions, g.comments])).toEqual([
      ["sales", null, null],
      ["marketing", null, null],
    ]);
    expect(v.total.comments?.[0]?.texts).toHaveLength(10);
    expect(v.total.distributions).not.toBeNull();
    const four = ok(view(people("sales", 4), 3));
    expect([four.total.distributions, four.total.comments]).toEqual([null, null]);
  });
  it("with k above 5 the distribution threshold is k", () => {
    const v = ok(view([...people("sales", 6), ...people("marketing", 6)], 6));
    expect(v.distributionMinimum).toBe(6);
    expect(v.total.distributions).not.toBeNull();
  });
  it("the total's answer counts are withheld when, beside a mean of role-group means, they give a small group away", () => {
    // (director + mean of 5 sales) / 2 and the plain count of all 6 together pin the director down.
    const lone = [...people("management", 1, null, "11111"), ...people("sales", 5)];
    expect(ok(view(lone)).total.distributions).toBeNull();
    const plain = clientSafeView(model, { modelVersion: "2026.1", responses: lone, settings: { k: 3, weighting: "respondent" } });
    expect(ok(plain).total.distributions).not.toBeNull();
  });
  it("teams follow the same rules", () => {
    const v = ok(
      view([...people("sales", 3, "A"), ...people("sales", 4, "B"), ...people("marketing", 2, "C"), ...people("marketing", 1, null)]),
    );
    // C (2) + no team (1) = Overig 3 → shown
    expect(v.teams.map((t) => [t.key, t.n])).toEqual([
      ["A", 3],
      ["B", 4],
      [null, 3],
    ]);
  });
  it("perception gap only when management is shown on its own", () => {
    const shown = ok(view([...people("management", 3, null, "44444"), ...people("sales", 3)]));
    expect(shown.total.perceptionGap?.pillars[0]?.gap).toBe(1);
    const merged = ok(view([...people("management", 2), ...people("sales", 3), ...people("other", 1)]));
    expect(merged.total.perceptionGap).toBeNull();
  });
  it("the merged group's figure under role-group weighting is the mean of its groups' means", () => {
    const v = ok(view([...people("sales", 3, null, "11111"), ...people("management", 1, null, "55555"), ...people("other", 3, null, "33333")]));
    // Overig = management (5) and other (3): (5 + 3)/2 = 4, not (5 + 3·3)/4
    expect(v.roleGroups.find((g) => g.merged)?.pillars[0]?.mean).toBe(4);
  });
});
