import "server-only";
/**
 * Who is in which cell: the role group and team of every submitted respondent of an engagement
 * (the same respondents as the results query, lib/results/load.ts) and which items each answered
 * with a level (keys only). Enough to re-check a stored report against the disclosure check
 * without reading a single answer value.
 */
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { respondents, scanAnswers } from "../../db/schema";
import type { Membership } from "../scoring/cells";
import type { ResultsScope } from "./load";

export async function submittedMembership(scope: ResultsScope, engagementId: string): Promise<Membership[]> {
  // The keys of the items answered with a level (never the level itself): the pillars each one's figures reach.
  const answered = sql<string>`(select coalesce(json_agg(substr(${scanAnswers.key}, 6)), '[]'::json) from ${scanAnswers}
    where ${scanAnswers.respondentId} = ${respondents.id} and ${scanAnswers.key} like 'item:%' and ${scanAnswers.value} in ('1', '2', '3', '4', '5'))::text`;
  const rows = await scope.db
    .select({ roleGroup: respondents.roleGroup, team: respondents.team, answered })
    .from(respondents)
    .where(and(eq(respondents.engagementId, engagementId), eq(respondents.firmId, scope.firm.id), isNotNull(respondents.submittedAt)));
  return rows.map((r) => ({ roleGroup: r.roleGroup, team: r.team, answeredItems: JSON.parse(r.answered) as string[] }));
}
