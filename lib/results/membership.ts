import "server-only";
/**
 * Who is in which cell, and nothing else: the role group and team of every submitted respondent
 * of an engagement (the same respondents as the results query, lib/results/load.ts). Enough to
 * re-check a stored report against the disclosure check without reading a single answer.
 */
import { and, eq, isNotNull } from "drizzle-orm";
import { respondents } from "../../db/schema";
import type { Membership } from "../scoring/cells";
import type { ResultsScope } from "./load";

export async function submittedMembership(scope: ResultsScope, engagementId: string): Promise<Membership[]> {
  return scope.db
    .select({ roleGroup: respondents.roleGroup, team: respondents.team })
    .from(respondents)
    .where(and(eq(respondents.engagementId, engagementId), eq(respondents.firmId, scope.firm.id), isNotNull(respondents.submittedAt)));
}
