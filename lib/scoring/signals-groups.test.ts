import { describe, expect, it } from "vitest";
import { compareGroups } from "./groups";
import { perceptionGap } from "./perception";
import { answerSignals } from "./signals";
import { fixtureModel as model, itemsFrom, simpleResponse } from "./testing/fixture-model";
import type { ScanResponse } from "./types";

const input = (responses: ScanResponse[]) => ({ modelVersion: "2026.1", responses });

describe("answerSignals", () => {
  it("counts don't know and not applicable per item and per role group", () => {
    const s = answerSignals(
      model,
      input([
        simpleResponse("a", "sales", itemsFrom("dn3--")),
        simpleResponse("b", "sales", itemsFrom("d4444")),
        simpleResponse("c", "management", itemsFrom("44444")),
      ]),
    );
    expect(s.items[0]).toMatchObject({ asked: 3, answered: 1, dontKnow: 2, dontKnowRate: 2 / 3 });
    expect(s.items[0]?.byRoleGroup.map((g) => [g.roleGroup, g.dontKnow])).toEqual([["management", 0], ["sales", 2]]);
    expect(s.items[1]).toMatchObject({ notApplicable: 1, notApplicableRate: 1 / 3 });
    const sales = s.roleGroups.find((g) => g.roleGroup === "sales");
    // 2 respondents × 25 items = 50 asked; 2 don't know (a, b), 1 n/a, 2 + 20 + 20 empty
    expect(sales).toMatchObject({ respondents: 2, asked: 50, dontKnow: 2, notApplicable: 1, unanswered: 42 });
    expect(sales?.dontKnowRate).toBeCloseTo(0.04, 10);
  });
});

describe("compareGroups", () => {
  it("scores each role group and team on its own", () => {
    const g = compareGroups(
      model,
      input([
        simpleResponse("a", "sales", itemsFrom("22222"), { team: "Noord" }),
        simpleResponse("b", "sales", itemsFrom("44444"), { team: " Zuid " }),
        simpleResponse("c", "management", itemsFrom("55555"), { team: "Noord" }),
        simpleResponse("d", "management", itemsFrom("55555"), { team: "" }),
      ]),
    );
    expect(g.roleGroups.map((x) => [x.roleGroup, x.n, x.scores.pillars[0]?.mean])).toEqual([
      ["management", 2, 5],
      ["sales", 2, 3],
    ]);
    // Noord: role-group weighting inside the team: (5 + 2)/2 = 3.5; "Zuid" trimmed
    expect(g.teams.map((x) => [x.team, x.n, x.scores.pillars[0]?.mean])).toEqual([
      ["Noord", 2, 3.5],
      ["Zuid", 1, 4],
    ]);
    expect(g.withoutTeam).toBe(1);
  });
});

describe("perceptionGap", () => {
  it("management − rest, flagged at |gap| ≥ 1", () => {
    const p = perceptionGap(
      model,
      input([
        simpleResponse("m", "management", itemsFrom("44444", "33333")),
        simpleResponse("s", "sales", itemsFrom("22222", "33333")),
        simpleResponse("c", "customer_service", itemsFrom("44444", "4444d")),
      ]),
    );
    // rest = mean of sales and customer service means: (2 + 4)/2 = 3 → gap 1 → flagged
    expect(p.pillars[0]).toEqual({ pillar: "organisation", management: 4, rest: 3, gap: 1, flagged: true });
    // marketing: 3 − (3 + 3.5)/2 … item level: 3 − (3+4)/2 = −0.5
    expect(p.items[5]).toMatchObject({ gap: -0.5, flagged: false });
    expect(p.pillars[2]).toMatchObject({ gap: null, flagged: false });
    expect(p).toMatchObject({ available: true, managementN: 1, restN: 2 });
  });
  it("not available without management", () => {
    const p = perceptionGap(model, input([simpleResponse("s", "sales", itemsFrom("22222"))]));
    expect(p.available).toBe(false);
    expect(p.pillars[0]?.gap).toBeNull();
  });
  it("a gap of −1 is flagged too", () => {
    const p = perceptionGap(
      model,
      input([simpleResponse("m", "management", itemsFrom("22222")), simpleResponse("s", "sales", itemsFrom("33333"))]),
    );
    expect(p.pillars[0]).toMatchObject({ gap: -1, flagged: true });
  });
});
