import "server-only";
/**
 * Who gets an invitation and who gets a reminder, in one place so the preview on the page
 * and the sending use the same rule.
 * - invitation: not invited yet and not submitted;
 * - reminder: invited, not submitted, and their links not revoked.
 */
import { and, asc, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import { respondents } from "../../db/schema";
import type { Executor } from "../../db/types";
import type { Locale } from "../model/types";

export type RoundKind = "invitation" | "reminder";

export interface Recipient {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly locale: Locale;
}

export function recipientCondition(engagementId: string, kind: RoundKind): SQL {
  const base = [eq(respondents.engagementId, engagementId), isNull(respondents.submittedAt)];
  return kind === "invitation"
    ? and(...base, isNull(respondents.invitedAt))!
    : and(...base, isNotNull(respondents.invitedAt), isNull(respondents.linkRevokedAt))!;
}

export async function recipientsOf(db: Executor, engagementId: string, kind: RoundKind): Promise<Recipient[]> {
  return db
    .select({ id: respondents.id, name: respondents.name, email: respondents.email, locale: respondents.locale })
    .from(respondents)
    .where(recipientCondition(engagementId, kind))
    .orderBy(asc(respondents.name), asc(respondents.id));
}
