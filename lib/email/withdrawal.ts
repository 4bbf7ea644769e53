import "server-only";
/**
 * Just before a message goes out, the dispatcher asks whether it still makes sense: a link
 * revoked or used since the message was queued, a scan closed meanwhile, or a message to
 * someone who has submitted in the meantime, is withdrawn instead of sent.
 */
import { eq } from "drizzle-orm";
import { engagements, respondents, type OutboxMessage } from "../../db/schema";
import type { Database } from "../../db/types";
import { peekSetPasswordToken } from "../auth/password-tokens";
import { findRespondentByToken } from "../respondents/links";
import type { OutboxReasonCode } from "./reasons";
import { openLink } from "./sealed-link";

type WithdrawnReason = Extract<OutboxReasonCode, "link_revoked" | "already_submitted" | "scan_closed" | "link_expired" | "link_missing">;

const tokenOf = (link: string) => link.split("/").pop() ?? "";

export async function withdrawalReason(
  db: Database,
  message: Pick<OutboxMessage, "secretLink" | "kind" | "respondentId">,
): Promise<WithdrawnReason | null> {
  const link = openLink(message.secretLink);
  if (!link) return "link_missing";
  const token = tokenOf(link);
  if (message.kind === "set_password" || message.kind === "password_reset") {
    return (await peekSetPasswordToken(db, token)) ? null : "link_expired";
  }
  if (message.respondentId) {
    const owner = await findRespondentByToken(db, token);
    if (!owner || owner.id !== message.respondentId) return "link_revoked";
    const [r] = await db
      .select({ submittedAt: respondents.submittedAt, status: engagements.status })
      .from(respondents)
      .innerJoin(engagements, eq(engagements.id, respondents.engagementId))
      .where(eq(respondents.id, message.respondentId));
    // Closed while the message waited (e.g. in the Outbox without SMTP): the link would only say "closed".
    if (r && r.status !== "open") return "scan_closed";
    if (r?.submittedAt) return "already_submitted";
  }
  return null;
}
