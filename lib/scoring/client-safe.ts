/**
 * The client-safe view: everything a client manager, a client export or the PDF may see.
 * Built only from aggregates; never contains respondent ids or individual answers.
 */
import type { LevelNumber, MaturityModel, Text } from "../model/types";
import type { AmbitionGap } from "./ambition";
import { computeAmbition } from "./ambition";
import type { ConsensusReport } from "./consensus";
import { computeConsensus } from "./consensus";
import { computeScores } from "./engagement";
import { candidateCells, DISTRIBUTIONS_CELL, pillarRespondents, REST_CELL, roleCell, teamCell } from "./cells";
import { disclosureControl } from "./disclosure";
import { levelOf } from "./respondent";
import { computeKpiEvidence } from "./kpi";
import type { KpiFlag, LevelCoverage } from "./kpi";
import type { PerceptionGap } from "./perception";
import { computePerceptionGap } from "./perception";
import { safeFigures } from "./safe-figures";
import type { SafeFigures } from "./safe-figures";
import type { GroupUnit } from "./suppression";
import type { EngagementInput, ScanResponse, Weighting } from "./types";
import { MIN_N_FOR_DISTRIBUTIONS } from "./types";
import { validateResponses } from "./validate";

/** Label of the merged group of small groups. */
export const OTHER_GROUP_LABEL: Text = { nl: "Overig", en: "Other" };

export interface ClientSafeGroup extends SafeFigures {
  /** Role group or team name; `null` for the merged group "Overig" / "Other". */
  readonly key: string | null;
  readonly merged: boolean;
}

export interface ClientSafeTotal extends SafeFigures {
  readonly ambition: readonly AmbitionGap[];
  readonly kpis: {
    readonly items: readonly { readonly key: string; readonly level: LevelNumber; readonly tracked: boolean }[];
    readonly coverage: readonly LevelCoverage[];
    readonly flags: readonly KpiFlag[];
  };
  /** SD, range, r_wg; only with n ≥ max(5, k), like the distributions. */
  readonly consensus: ConsensusReport | null;
  /** Only when the disclosure check lets both management and the rest through. */
  readonly perceptionGap: PerceptionGap | null;
}

/** The shape of a client view: a too-few marker, or the total beside the groups shown. */
export type ViewOf<Total, Group, Extra = unknown> =
  | { readonly status: "too_few_responses"; readonly modelVersion: string; readonly k: number }
  | ({
      readonly status: "ok";
      readonly modelVersion: string;
      readonly k: number;
      readonly weighting: Weighting;
      readonly total: Total;
      readonly roleGroups: readonly Group[];
      readonly teams: readonly Group[];
      /** Respondents in no shown role group: 0 or ≥ k. */
      readonly hiddenRoleGroupRespondents: number;
      /** Respondents in no shown team: 0 or ≥ k. */
      readonly hiddenTeamRespondents: number;
    } & Extra);

export type ClientSafeView = ViewOf<
  ClientSafeTotal,
  ClientSafeGroup,
  {
    /** Distributions and comments need this many respondents: max(5, k). */
    readonly distributionMinimum: number;
  }
>;

function groupViews(
  model: MaturityModel,
  units: readonly GroupUnit<ScanResponse>[],
  published: ReadonlySet<string>,
  cellOf: (key: string | null) => string,
  weighting: Weighting,
): ClientSafeGroup[] {
  return units
    .filter((u) => published.has(cellOf(u.key)))
    .map((u) => ({ key: u.key, merged: u.key === null, ...safeFigures(model, u.members, weighting) }));
}

const shownN = (groups: readonly ClientSafeGroup[]) => groups.reduce((s, g) => s + g.n, 0);

/**
 * Builds the client-safe view with anonymity threshold k (≥ 3, default 3; from the settings).
 *
 * - Fewer than k submitted responses in total: nothing but a "too few responses" marker.
 * - Total: overall, pillar and item figures, ambition gaps, KPI coverage of all respondents.
 * - Role groups and teams: a group is a candidate with ≥ k respondents; smaller groups (and the
 *   role group "other", and respondents without a team) are merged into "Overig", a candidate
 *   with ≥ k. Which candidates are published is decided for ALL of them together by the
 *   disclosure check (disclosure.ts): no set of fewer than k respondents may follow from the
 *   published cells by any linear combination (subtracting tables from each other included).
 * - Answer distributions: the total only, when it has ≥ max(5, k) respondents and the check
 *   allows its counts beside the other cells. Comments: the total only, with ≥ max(5, k)
 *   respondents (free text cannot be averaged away, so two lists must never be differenced).
 *   Consensus likewise for the total only.
 * - Management versus the rest: only when both are cells the check lets through.
 */
export function clientSafeView(model: MaturityModel, input: EngagementInput): ClientSafeView {
  const { k, weighting } = validateResponses(model, input);
  const responses: readonly ScanResponse[] = input.responses;
  const n = responses.length;
  if (n < k) return { status: "too_few_responses", modelVersion: model.version, k };
  const minimum = Math.max(MIN_N_FOR_DISTRIBUTIONS, k);

  const candidates = candidateCells(responses, k, minimum);
  // A cell's pillar figure comes from those who answered the pillar: the check runs within those too.
  const answered = pillarRespondents(
    model,
    responses.map((r) => Object.keys(r.items).filter((key) => levelOf(r.items[key as keyof typeof r.items]) !== null)),
  );
  const { published } = disclosureControl({ k, weighting, roleOf: responses.map((r) => r.roleGroup), cells: candidates.cells, answered });
  const roleGroups = groupViews(model, candidates.roleGroups, published, roleCell, weighting);
  const teams = groupViews(model, candidates.teams, published, teamCell, weighting);

  const scores = computeScores(model, responses, weighting);
  const kpi = computeKpiEvidence(model, responses, scores);
  const perception =
    published.has(roleCell("management")) && published.has(REST_CELL) ? computePerceptionGap(model, responses, weighting) : null;
  const detailed = n >= minimum;

  return {
    status: "ok",
    modelVersion: model.version,
    k,
    distributionMinimum: minimum,
    weighting,
    total: {
      ...safeFigures(model, responses, weighting, { distributions: published.has(DISTRIBUTIONS_CELL), comments: detailed }),
      ambition: computeAmbition(model, responses, scores),
      kpis: {
        items: kpi.kpis.map((x) => ({ key: x.key, level: x.level, tracked: x.tracked })),
        coverage: kpi.coverage,
        flags: kpi.flags,
      },
      consensus: detailed ? computeConsensus(model, responses) : null,
      perceptionGap: perception,
    },
    roleGroups,
    teams,
    hiddenRoleGroupRespondents: n - shownN(roleGroups),
    hiddenTeamRespondents: n - shownN(teams),
  };
}

