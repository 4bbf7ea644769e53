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

/**
 * The status changes a consultant makes with the status buttons. Publishing is not one of
 * them: it freezes a report version, so it only happens through lib/reports/publish.
 */
export const MANUAL_TRANSITIONS: Readonly<Record<EngagementStatus, readonly EngagementStatus[]>> = {
  draft: ENGAGEMENT_TRANSITIONS.draft,
  open: ENGAGEMENT_TRANSITIONS.open,
  closed: ENGAGEMENT_TRANSITIONS.closed.filter((to) => to !== "published"),
  published: ENGAGEMENT_TRANSITIONS.published,
};

export function canChangeStatusManually(from: EngagementStatus, to: EngagementStatus): boolean {
  return MANUAL_TRANSITIONS[from].includes(to);
}

export function canTransition(from: EngagementStatus, to: EngagementStatus): boolean {
  return ENGAGEMENT_TRANSITIONS[from].includes(to);
}

/** Respondents can answer only while the engagement is open. */
export const acceptsAnswers = (status: EngagementStatus) => status === "open";

/** Respondents can be added or invited before and during the scan, not after it closed. */
export const acceptsRespondents = (status: EngagementStatus) => status === "draft" || status === "open";

/**
 * The roadmap is drafted and a report published once the scan is closed; publishing again
 * (a new report version) is allowed after the first publication.
 */
export const acceptsRoadmap = (status: EngagementStatus) => status === "closed" || status === "published";
