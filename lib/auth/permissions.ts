/**
 * Who may do what inside a firm. Deny by default: a permission not listed here, or a role not
 * listed for it, is refused.
 */
import type { MembershipRole } from "../../db/schema";

const POLICY = {
  "dashboard.view": ["owner", "consultant"],
  "clients.view": ["owner", "consultant"],
  "engagements.view": ["owner", "consultant"],
  "model.view": ["owner", "consultant"],
  "clients.manage": ["owner", "consultant"],
  "engagements.manage": ["owner", "consultant"],
  "respondents.view": ["owner", "consultant"],
  "respondents.manage": ["owner", "consultant"],
  "invitations.send": ["owner", "consultant"],
  "outbox.view": ["owner", "consultant"],
  "results.view": ["owner", "consultant"],
  "results.rate": ["owner", "consultant"],
  "roadmap.view": ["owner", "consultant"],
  "roadmap.manage": ["owner", "consultant"],
  "reports.publish": ["owner", "consultant"],
  "team.view": ["owner", "consultant"],
  "team.manage": ["owner"],
  "firm.update": ["owner"],
  "account.view": ["owner", "consultant"],
  "account.update": ["owner", "consultant"],
  "account.security": ["owner", "consultant"],
} as const satisfies Record<string, readonly MembershipRole[]>;

export type Permission = keyof typeof POLICY;

export function can(role: MembershipRole | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  const allowed: readonly string[] | undefined = POLICY[permission];
  return allowed?.includes(role) ?? false;
}
