/**
 * Group comparison (consultant view): item and pillar scores per role group and per team.
 * Client-facing channels must use the client-safe view instead (client-safe.ts).
 */
import type { MaturityModel, RoleGroup } from "../model/types";
import { ROLE_GROUPS } from "../model/types";
import type { EngagementScores } from "./engagement";
import { computeScores } from "./engagement";
import type { EngagementInput, ScanResponse, Weighting } from "./types";
import { validateResponses } from "./validate";

export interface RoleGroupScores {
  readonly roleGroup: RoleGroup;
  readonly n: number;
  readonly scores: EngagementScores;
}

export interface TeamScores {
  readonly team: string;
  readonly n: number;
  readonly scores: EngagementScores;
}

export interface GroupComparison {
  readonly roleGroups: readonly RoleGroupScores[];
  readonly teams: readonly TeamScores[];
  /** Respondents without a team (not part of any team figure). */
  readonly withoutTeam: number;
}

/** The team of a response, trimmed; `null` when none. */
export function teamOf(response: Pick<ScanResponse, "team">): string | null {
  const t = response.team?.trim();
  return t ? t : null;
}

/** The distinct teams, sorted by name (code-unit order, deterministic). */
export function teamNames(responses: readonly Pick<ScanResponse, "team">[]): string[] {
  const names = new Set<string>();
  for (const r of responses) {
    const t = teamOf(r);
    if (t !== null) names.add(t);
  }
  return [...names].sort();
}

/**
 * Scores per role group and per team. Inside a role group the two weightings coincide (one
 * group); inside a team, role-group weighting means the mean of the role-group means of the
 * team's members — the same rule as for the whole engagement.
 */
export function computeGroups(
  model: MaturityModel,
  responses: readonly ScanResponse[],
  weighting: Weighting,
): GroupComparison {
  const roleGroups: RoleGroupScores[] = [];
  for (const g of ROLE_GROUPS) {
    const members = responses.filter((r) => r.roleGroup === g);
    if (members.length > 0) {
      roleGroups.push({ roleGroup: g, n: members.length, scores: computeScores(model, members, weighting) });
    }
  }
  const teams: TeamScores[] = teamNames(responses).map((team) => {
    const members = responses.filter((r) => teamOf(r) === team);
    return { team, n: members.length, scores: computeScores(model, members, weighting) };
  });
  const withoutTeam = responses.filter((r) => teamOf(r) === null).length;
  return { roleGroups, teams, withoutTeam };
}

/** Validates the input and compares role groups and teams. */
export function compareGroups(model: MaturityModel, input: EngagementInput): GroupComparison {
  const settings = validateResponses(model, input);
  return computeGroups(model, input.responses, settings.weighting);
}
