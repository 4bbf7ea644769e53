import "server-only";
/** Where an engagement's respondents stand: firm-scoped reads for the overview page. */
import { and, eq } from "drizzle-orm";
import { respondents } from "../../db/schema";
import type { FirmContext } from "../auth/context";
import { responseRates, type TrackedRespondent } from "../respondents/tracking";
import { getEngagement } from "./queries";

/** The tracking fields of every respondent of the engagement (not-found for another firm's). */
export async function listRespondentTracking(ctx: FirmContext, engagementId: string): Promise<TrackedRespondent[]> {
  const engagement = await getEngagement(ctx, engagementId);
  return ctx.db
    .select({
      roleGroup: respondents.roleGroup,
      invitedAt: respondents.invitedAt,
      startedAt: respondents.startedAt,
      answeredCount: respondents.answeredCount,
      submittedAt: respondents.submittedAt,
      linkRevokedAt: respondents.linkRevokedAt,
    })
    .from(respondents)
    .where(and(eq(respondents.engagementId, engagement.id), eq(respondents.firmId, ctx.firm.id)));
}

/** Response rate overall and per role group, and how many respondents are in each status. */
export async function getEngagementResponse(ctx: FirmContext, engagementId: string): Promise<ReturnType<typeof responseRates>> {
  return responseRates(await listRespondentTracking(ctx, engagementId));
}
