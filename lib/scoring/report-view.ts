/**
 * What a published report holds: exactly what the portal and the PDF show, nothing more (data
 * minimisation). No answer distributions, no comments, no item scores of groups, no perception
 * gap, importance or priority: none of them is shown to the client, so none is frozen.
 *
 * Also the re-check of a stored report against the disclosure check, for versions frozen
 * before it existed: only membership (role group, team) is needed, never an answer.
 */
import type { LevelNumber, MaturityModel, PillarKey } from "../model/types";
import { candidateCells, pillarRespondents, roleCell, teamCell, TOTAL_CELL, type Membership } from "./cells";
import type { ClientSafeView, ViewOf } from "./client-safe";
import { disclosureControl } from "./disclosure";
import type { KpiFlag, LevelCoverage } from "./kpi";
import { safePillar, type SafePillar } from "./safe-figures";
import type { Range } from "./stats";

export interface ReportGroup {
  /** Role group or team name; `null` for the merged group "Overig" / "Other". */
  readonly key: string | null;
  readonly merged: boolean;
  readonly n: number;
  readonly overall: { readonly mean: number | null };
  readonly pillars: readonly { readonly pillar: PillarKey; readonly mean: number | null; readonly stagedLevel: LevelNumber | null }[];
}

export interface ReportTotal {
  readonly n: number;
  readonly overall: { readonly mean: number | null; readonly honestLevel: LevelNumber | null };
  readonly pillars: readonly SafePillar[];
  readonly ambition: readonly { readonly pillar: PillarKey; readonly desired: number | null }[];
  readonly kpis: {
    readonly items: readonly { readonly key: string; readonly level: LevelNumber; readonly tracked: boolean }[];
    readonly coverage: readonly LevelCoverage[];
    readonly flags: readonly KpiFlag[];
  };
  /** Per pillar: SD, range and r_wg of the respondents' pillar scores (the total, n ≥ max(5, k)). */
  readonly consensus: {
    readonly pillars: readonly {
      readonly pillar: PillarKey;
      readonly sd: number | null;
      readonly range: Range | null;
      readonly rwg: number | null;
      readonly discuss: boolean | null;
    }[];
  } | null;
}

export type ReportView = ViewOf<ReportTotal, ReportGroup>;

const group = (g: ReportGroup): ReportGroup => ({
  key: g.key,
  merged: g.merged,
  n: g.n,
  overall: { mean: g.overall.mean },
  pillars: g.pillars.map((p) => ({ pillar: p.pillar, mean: p.mean, stagedLevel: p.stagedLevel })),
});

/**
 * The report's part of a client-safe view, field by field (a stored view of an older version,
 * which held more, is cut down the same way).
 */
export function reportView(view: ClientSafeView | ReportView): ReportView {
  if (view.status !== "ok") return { status: view.status, modelVersion: view.modelVersion, k: view.k };
  const t = view.total;
  return {
    status: "ok",
    modelVersion: view.modelVersion,
    k: view.k,
    weighting: view.weighting,
    total: {
      n: t.n,
      overall: { mean: t.overall.mean, honestLevel: t.overall.honestLevel },
      pillars: t.pillars.map(safePillar),
      ambition: t.ambition.map((a) => ({ pillar: a.pillar, desired: a.desired })),
      kpis: {
        items: t.kpis.items.map((x) => ({ key: x.key, level: x.level, tracked: x.tracked })),
        coverage: t.kpis.coverage.map((c) => ({ level: c.level, listed: c.listed, tracked: c.tracked, coverage: c.coverage })),
        flags: t.kpis.flags.map((f) => ({ ...f, untrackedPillarKpis: [...f.untrackedPillarKpis] })),
      },
      consensus: t.consensus
        ? { pillars: t.consensus.pillars.map((c) => ({ pillar: c.pillar, sd: c.sd, range: c.range, rwg: c.rwg, discuss: c.discuss })) }
        : null,
    },
    roleGroups: view.roleGroups.map(group),
    teams: view.teams.map(group),
    hiddenRoleGroupRespondents: view.hiddenRoleGroupRespondents,
    hiddenTeamRespondents: view.hiddenTeamRespondents,
  };
}

export interface Recheck {
  readonly view: ReportView;
  /** Groups the check took out of the stored report. */
  readonly withheld: number;
}

/**
 * A stored report passed through today's disclosure check, given the membership of the
 * engagement's submitted respondents. When the membership no longer matches what was frozen
 * (a respondent erased since), the groups cannot be placed: only the total is served.
 */
export function recheckReportView(model: MaturityModel, stored: ReportView, people: readonly Membership[]): Recheck {
  const view = reportView(stored);
  if (view.status !== "ok") return { view, withheld: 0 };
  const groups = view.roleGroups.length + view.teams.length;
  const totalOnly = { view: { ...view, roleGroups: [], teams: [], hiddenRoleGroupRespondents: view.total.n, hiddenTeamRespondents: view.total.n }, withheld: groups };
  if (people.length !== view.total.n) return totalOnly;
  const candidates = candidateCells(people, view.k, Number.POSITIVE_INFINITY);
  const storedCells = new Map([
    ...view.roleGroups.map((g) => [roleCell(g.key), g.n] as const),
    ...view.teams.map((g) => [teamCell(g.key), g.n] as const),
  ]);
  const cells = candidates.cells.filter((c) => c.id === TOTAL_CELL || storedCells.has(c.id));
  const placed = cells.filter((c) => c.id !== TOTAL_CELL && storedCells.get(c.id) === c.members.length);
  if (placed.length !== storedCells.size) return totalOnly;
  const answered = people.every((p) => p.answeredItems) ? pillarRespondents(model, people.map((p) => p.answeredItems ?? [])) : undefined;
  const { published } = disclosureControl({ k: view.k, weighting: view.weighting, roleOf: people.map((p) => p.roleGroup), cells, answered });
  const roleGroups = view.roleGroups.filter((g) => published.has(roleCell(g.key)));
  const teams = view.teams.filter((g) => published.has(teamCell(g.key)));
  const shown = (list: readonly ReportGroup[]) => view.total.n - list.reduce((s, g) => s + g.n, 0);
  return {
    view: { ...view, roleGroups, teams, hiddenRoleGroupRespondents: shown(roleGroups), hiddenTeamRespondents: shown(teams) },
    withheld: groups - roleGroups.length - teams.length,
  };
}
