/**
 * The client-safe view: everything a client manager, a client export or the PDF may see.
 * Built only from aggregates; never contains respondent ids or individual answers.
 */
import type { LevelNumber, MaturityModel, Text } from "../model/types";
import { ROLE_GROUPS } from "../model/types";
import type { AmbitionGap } from "./ambition";
import { computeAmbition } from "./ambition";
import type { ConsensusReport } from "./consensus";
import { computeConsensus } from "./consensus";
import { computeScores } from "./engagement";
import { teamNames, teamOf } from "./groups";
import { computeKpiEvidence } from "./kpi";
import type { KpiFlag, LevelCoverage } from "./kpi";
import type { PerceptionGap } from "./perception";
import { computePerceptionGap } from "./perception";
import { safeFigures } from "./safe-figures";
import type { SafeFigures } from "./safe-figures";
import type { GroupUnit, SuppressionResult } from "./suppression";
import { buildGroups, suppressSmallGroups } from "./suppression";
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
  /** Only when the management role group is itself shown and the rest has ≥ k respondents. */
  readonly perceptionGap: PerceptionGap | null;
}

export type ClientSafeView =
  | { readonly status: "too_few_responses"; readonly modelVersion: string; readonly k: number }
  | {
      readonly status: "ok";
      readonly modelVersion: string;
      readonly k: number;
      /** Distributions and comments need this many respondents: max(5, k). */
      readonly distributionMinimum: number;
      readonly weighting: Weighting;
      readonly total: ClientSafeTotal;
      readonly roleGroups: readonly ClientSafeGroup[];
      readonly teams: readonly ClientSafeGroup[];
      /** Respondents in no shown role group: 0 or ≥ k. */
      readonly hiddenRoleGroupRespondents: number;
      /** Respondents in no shown team: 0 or ≥ k. */
      readonly hiddenTeamRespondents: number;
    };

function groupViews(
  model: MaturityModel,
  result: SuppressionResult,
  total: number,
  minimum: number,
  weighting: Weighting,
): ClientSafeGroup[] {
  const eligible = result.shown.filter((u) => u.members.length >= minimum);
  const detailed = new Set<GroupUnit>(suppressSmallGroups(eligible, total, minimum).shown);
  return result.shown.map((u) => ({
    key: u.key,
    merged: u.key === null,
    ...safeFigures(model, u.members, weighting, detailed.has(u)),
  }));
}

/**
 * Builds the client-safe view with anonymity threshold k (≥ 3, default 3; from the settings).
 *
 * - Fewer than k submitted responses in total: nothing but a "too few responses" marker.
 * - Total: overall, pillar and item figures, ambition gaps, KPI coverage of all respondents.
 * - Role groups and teams: a group is shown with ≥ k respondents; smaller groups (and the role
 *   group "other", and respondents without a team) are merged into "Overig"; if that merged
 *   group is below k it is hidden; when that leaves a hidden remainder below k, the next-smallest
 *   shown group is hidden too (complementary suppression), so nothing is recovered by
 *   subtracting shown groups from the total. Role groups and teams are protected separately.
 * - Answer distributions, comments and consensus only for the total and groups with
 *   ≥ max(5, k) respondents, with the same complementary rule at that threshold.
 * - With role-group weighting the merged group's figure is the mean of its role groups' means,
 *   which can also be derived from the total, so merging reveals nothing new.
 */
export function clientSafeView(model: MaturityModel, input: EngagementInput): ClientSafeView {
  const { k, weighting } = validateResponses(model, input);
  const responses: readonly ScanResponse[] = input.responses;
  const n = responses.length;
  if (n < k) return { status: "too_few_responses", modelVersion: model.version, k };
  const minimum = Math.max(MIN_N_FOR_DISTRIBUTIONS, k);

  const roleResult = buildGroups(responses, (r) => (r.roleGroup === "other" ? null : r.roleGroup), ROLE_GROUPS, k);
  const teamResult = buildGroups(responses, teamOf, teamNames(responses), k);
  const roleGroups = groupViews(model, roleResult, n, minimum, weighting);
  const teams = groupViews(model, teamResult, n, minimum, weighting);

  const scores = computeScores(model, responses, weighting);
  const kpi = computeKpiEvidence(model, responses, scores);
  const managementShown = roleResult.shown.some((u) => u.key === "management");
  const managementN = responses.filter((r) => r.roleGroup === "management").length;
  const perception =
    managementShown && n - managementN >= k ? computePerceptionGap(model, responses, weighting) : null;
  const detailed = n >= minimum;

  return {
    status: "ok",
    modelVersion: model.version,
    k,
    distributionMinimum: minimum,
    weighting,
    total: {
      ...safeFigures(model, responses, weighting, detailed),
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
    hiddenRoleGroupRespondents: roleResult.hiddenRespondents,
    hiddenTeamRespondents: teamResult.hiddenRespondents,
  };
}

