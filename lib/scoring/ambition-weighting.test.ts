/**
 * Desired level and importance follow the engagement's weighting, like the current score, so the
 * ambition gap and the priority never mix two weightings (issue #19).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LevelNumber, RoleGroup } from "../model/types";
import { PILLAR_KEYS, ROLE_GROUPS } from "../model/types";
import { ambitionGaps } from "./ambition";
import { fixtureModel as model, itemsFrom, perPillar, simpleResponse } from "./testing/fixture-model";
import type { ScanResponse, Weighting } from "./types";

const input = (responses: ScanResponse[], weighting: Weighting) => ({ modelVersion: "2026.1", responses, settings: { weighting } });
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("ambition with role-group weighting", () => {
  // The example: two managers want level 4, one sales rep level 3.
  const responses = [
    simpleResponse("m1", "management", itemsFrom("33333"), { desired: perPillar("4"), importance: perPillar("5") }),
    simpleResponse("m2", "management", itemsFrom("33333"), { desired: perPillar("4"), importance: perPillar("5") }),
    simpleResponse("s1", "sales", itemsFrom("33333"), { desired: perPillar("3"), importance: perPillar("2") }),
  ];

  it("desired = mean of the role-group means (3.5), not of the respondents (3.67)", () => {
    const [org] = ambitionGaps(model, input(responses, "role_group"));
    expect(org?.desired).toBeCloseTo(3.5, 12);
    expect(org?.importance).toBeCloseTo(3.5, 12);
    expect(org?.gap).toBeCloseTo(0.5, 12);
    expect(org?.priority).toBeCloseTo(1.75, 12);
    expect(org).toMatchObject({ desiredN: 3, importanceN: 3 });
  });

  it("respondent weighting keeps the plain means", () => {
    const [org] = ambitionGaps(model, input(responses, "respondent"));
    expect(org?.desired).toBeCloseTo(11 / 3, 12);
    expect(org?.importance).toBeCloseTo(4, 12);
  });

  it("a role group without a desired level does not take part", () => {
    const rs = [...responses, simpleResponse("c1", "customer_service", itemsFrom("33333"))];
    const [org] = ambitionGaps(model, input(rs, "role_group"));
    expect(org?.desired).toBeCloseTo(3.5, 12);
  });

  it("one weighting throughout: twelve reps who want little no longer hide two managers' ambition", () => {
    // current 3 for everyone; managers want 5, twelve reps want 3 → by role group 4 (gap +1),
    // by respondent 26/7·… ≈ 3.29 (gap +0.29)
    const reps = Array.from({ length: 12 }, (_, i) =>
      simpleResponse(`s${i}`, "sales", itemsFrom("33333"), { desired: perPillar("3"), importance: perPillar("3") }),
    );
    const managers = ["m1", "m2"].map((id) => simpleResponse(id, "management", itemsFrom("33333"), { desired: perPillar("5"), importance: perPillar("5") }));
    const [org] = ambitionGaps(model, input([...reps, ...managers], "role_group"));
    expect(org?.gap).toBeCloseTo(1, 12);
    expect(org?.priority).toBeCloseTo(4, 12);
  });
});

const level = fc.constantFrom<LevelNumber>(1, 2, 3, 4, 5);
const groupAnswers = fc.record({
  items: fc.array(level, { minLength: 25, maxLength: 25 }),
  desired: level,
  importance: level,
});

function respondent(id: string, group: RoleGroup, a: { items: LevelNumber[]; desired: LevelNumber; importance: LevelNumber }): ScanResponse {
  const pillars = PILLAR_KEYS.map((_, p) => a.items.slice(p * 5, p * 5 + 5).join(""));
  return simpleResponse(id, group, itemsFrom(...pillars), {
    desired: perPillar(String(a.desired).repeat(5)),
    importance: perPillar(String(a.importance).repeat(5)),
  });
}

describe("properties of the weighted ambition", () => {
  it("with equal group sizes both weightings give the same desired, importance, gap and priority", () => {
    fc.assert(
      fc.property(
        fc.subarray([...ROLE_GROUPS], { minLength: 1 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(groupAnswers, { minLength: 4 * ROLE_GROUPS.length, maxLength: 4 * ROLE_GROUPS.length }),
        (groups, size, answers) => {
          const rs = groups.flatMap((g, gi) => Array.from({ length: size }, (_, i) => respondent(`${g}-${i}`, g, answers[gi * size + i]!)));
          const byGroup = ambitionGaps(model, input(rs, "role_group"));
          const byRespondent = ambitionGaps(model, input(rs, "respondent"));
          byGroup.forEach((a, p) => {
            const b = byRespondent[p]!;
            for (const field of ["desired", "importance", "gap", "priority"] as const) {
              expect(a[field]).toBeCloseTo(b[field] as number, 9);
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("with one respondent per group the role-group figures are the plain means of the groups", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ group: fc.constantFrom<RoleGroup>(...ROLE_GROUPS), a: groupAnswers }), { minLength: 1, maxLength: 20 }),
        (list) => {
          const rs = list.map((x, i) => respondent(`r${i}`, x.group, x.a));
          const groups = [...new Set(rs.map((r) => r.roleGroup))];
          const groupMean = (pick: (a: (typeof list)[number]["a"]) => number) =>
            mean(groups.map((g) => mean(list.filter((x) => x.group === g).map((x) => pick(x.a)))));
          const [org] = ambitionGaps(model, input(rs, "role_group"));
          expect(org?.desired).toBeCloseTo(groupMean((a) => a.desired), 9);
          expect(org?.importance).toBeCloseTo(groupMean((a) => a.importance), 9);
          // gap and priority follow from the same weighting as the current score
          const current = org!.current!;
          const gap = groupMean((a) => a.desired) - current;
          expect(org?.gap).toBeCloseTo(gap, 9);
          expect(org?.priority).toBeCloseTo(gap < -1e-9 ? 0 : gap * groupMean((a) => a.importance), 9);
        },
      ),
      { numRuns: 200 },
    );
  });
});
