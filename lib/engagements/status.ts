/**
 * The engagement life cycle: draft → open → closed → published, and closed → open (reopen).
 * Pure, so the pages, the actions and the tests share one definition.
 */
import type { EngagementStatus } from "../../db/schema";

export const ENGAGEMENT_TRANSITIONS: Readonly<Record<EngagementStatus, readonly EngagementStatus[]>> = {
  draft: ["open"],
  open: ["closed"],
  closed: ["open", "published"],
  published: [],
};

export function canTransition(from: EngagementStatus, to: EngagementStatus): boolean {
  return ENGAGEMENT_TRANSITIONS[from].includes(to);
}

/** Respondents can answer only while the engagement is open. */
export const acceptsAnswers = (status: EngagementStatus) => status === "open";

/** Respondents can be added or invited before and during the scan, not after it closed. */
export const acceptsRespondents = (status: EngagementStatus) => status === "draft" || status === "open";
