/**
 * Where each respondent stands, and response rates. Pure: the pages, the dashboard and the
 * tests derive the same status from the same fields.
 */
import type { RoleGroup } from "../model/types";

export const RESPONDENT_STATUSES = ["not_invited", "invited", "opened", "in_progress", "submitted", "link_revoked"] as const;
export type RespondentStatus = (typeof RESPONDENT_STATUSES)[number];

export interface TrackedRespondent {
  readonly roleGroup: RoleGroup;
  readonly invitedAt: Date | null;
  readonly startedAt: Date | null;
  readonly answeredCount: number;
  readonly submittedAt: Date | null;
  readonly linkRevokedAt: Date | null;
}

/** A submitted response stays submitted even if the link is revoked afterwards. */
export function respondentStatus(r: TrackedRespondent): RespondentStatus {
  if (r.submittedAt) return "submitted";
  if (r.linkRevokedAt) return "link_revoked";
  if (r.answeredCount > 0) return "in_progress";
  if (r.startedAt) return "opened";
  if (r.invitedAt) return "invited";
  return "not_invited";
}

export interface ResponseRate {
  readonly total: number;
  readonly submitted: number;
  /** submitted / total, or null when there is nobody yet. */
  readonly rate: number | null;
}

const rateOf = (total: number, submitted: number): ResponseRate => ({ total, submitted, rate: total === 0 ? null : submitted / total });

export function responseRates(list: readonly TrackedRespondent[]): {
  overall: ResponseRate;
  byRoleGroup: Partial<Record<RoleGroup, ResponseRate>>;
  byStatus: Record<RespondentStatus, number>;
} {
  const byStatus = Object.fromEntries(RESPONDENT_STATUSES.map((s) => [s, 0])) as Record<RespondentStatus, number>;
  const groups = new Map<RoleGroup, { total: number; submitted: number }>();
  for (const r of list) {
    const status = respondentStatus(r);
    byStatus[status] += 1;
    const g = groups.get(r.roleGroup) ?? { total: 0, submitted: 0 };
    g.total += 1;
    if (status === "submitted") g.submitted += 1;
    groups.set(r.roleGroup, g);
  }
  const byRoleGroup: Partial<Record<RoleGroup, ResponseRate>> = {};
  for (const [group, g] of groups) byRoleGroup[group] = rateOf(g.total, g.submitted);
  return { overall: rateOf(list.length, byStatus.submitted), byRoleGroup, byStatus };
}
