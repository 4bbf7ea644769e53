import { describe, expect, it } from "vitest";
import { clientSafeView, type ClientSafeGroup } from "./client-safe";
import { recheckReportView, reportView } from "./report-view";
import { safeFigures } from "./safe-figures";
import { attack } from "./testing/attack";
import { fixtureModel as model, itemsFrom, simpleResponse } from "./testing/fixture-model";
import { issue12Responses } from "./testing/issue-12";
import type { ScanResponse } from "./types";

const responses = issue12Responses();
const membership = responses.map((r) => ({ roleGroup: r.roleGroup, team: r.team ?? null, answeredItems: Object.keys(r.items) }));
const group = (key: string, members: readonly ScanResponse[]): ClientSafeGroup => ({
  key,
  merged: false,
  ...safeFigures(model, members, "role_group", { distributions: false, comments: false }),
});

/** The issue's report as the old per-table suppression published it. */
function legacyView() {
  const v = clientSafeView(model, { modelVersion: "2026.1", responses, settings: { k: 3 } });
  if (v.status !== "ok") throw new Error("expected ok");
  const by = (f: (r: ScanResponse) => boolean) => responses.filter(f);
  return {
    ...v,
    roleGroups: [group("sales", by((r) => r.roleGroup === "sales"))],
    teams: ["Mkt", "Noord", "Zuid"].map((t) => group(t, by((r) => r.team === t))),
    hiddenRoleGroupRespondents: 6,
    hiddenTeamRespondents: 0,
  };
}

const seen = (v: ReturnType<typeof reportView>) => {
  if (v.status !== "ok") throw new Error("expected ok");
  return { k: v.k, weighting: v.weighting, totalN: v.total.n, roleGroups: v.roleGroups, teams: v.teams };
};

describe("re-checking a report frozen under the old rule", () => {
  it("the old report gave the director away; re-checked it does not", () => {
    const old = reportView(legacyView());
    expect(attack(seen(old), responses).map((f) => f.respondents)).toContainEqual(["director"]);
    const { view, withheld } = recheckReportView(model, old, membership);
    expect(attack(seen(view), responses)).toEqual([]);
    expect(withheld).toBe(2);
    if (view.status !== "ok") throw new Error("expected ok");
    // Zuid leaves 2 sales inside sales; total − sales − Mkt is the director: Zuid and Mkt go.
    expect(view.roleGroups.map((g) => g.key)).toEqual(["sales"]);
    expect(view.teams.map((t) => t.key)).toEqual(["Noord"]);
    expect([view.hiddenRoleGroupRespondents, view.hiddenTeamRespondents]).toEqual([6, 9]);
  });

  it("changes nothing in a report the check already passed", () => {
    const current = reportView(clientSafeView(model, { modelVersion: "2026.1", responses, settings: { k: 3 } }));
    expect(recheckReportView(model, current, membership)).toEqual({ view: current, withheld: 0 });
  });

  it("serves the total only when the membership no longer matches what was frozen", () => {
    const { view, withheld } = recheckReportView(model, reportView(legacyView()), membership.slice(1));
    expect(withheld).toBe(4);
    if (view.status !== "ok") throw new Error("expected ok");
    expect([view.roleGroups, view.teams]).toEqual([[], []]);
    expect(view.total.n).toBe(12);
  });

  it("re-checks within each pillar's respondents: two marketers who skipped a pillar leave one", () => {
    const people = [
      ...Array.from({ length: 5 }, (_, i) => simpleResponse(`s${i}`, "sales", itemsFrom("33333", "33333", "33333", "33333", "33333"), { team: "A" })),
      ...Array.from({ length: 3 }, (_, i) =>
        simpleResponse(`m${i}`, "marketing", itemsFrom(i === 0 ? "44444" : "ddddd", "44444", "44444", "44444", "44444"), { team: "B" }),
      ),
    ];
    // Frozen without looking inside the pillars: both role groups and both teams.
    const frozen = reportView(clientSafeView(model, { modelVersion: "2026.1", responses: people.map((p) => ({ ...p, items: itemsFrom("44444", "44444", "44444", "44444", "44444") })), settings: { k: 3 } }));
    if (frozen.status !== "ok") throw new Error("expected ok");
    expect(frozen.roleGroups.length + frozen.teams.length).toBe(4);
    const members = people.map((r) => ({ roleGroup: r.roleGroup, team: r.team ?? null, answeredItems: Object.keys(r.items).filter((k) => typeof r.items[k as keyof typeof r.items] === "number") }));
    const { view, withheld } = recheckReportView(model, frozen, members);
    expect(withheld).toBe(4);
    if (view.status !== "ok") throw new Error("expected ok");
    expect([view.roleGroups, view.teams]).toEqual([[], []]);
  });
});
