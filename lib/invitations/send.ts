import "server-only";
/** The consultant's invitation and reminder rounds. Scoped to the caller's firm. */
import type { FirmContext } from "../auth/context";
import { AppError, NotFoundError } from "../errors";
import { isUuid } from "../ids";
import { recipientsFingerprint } from "./fingerprint";
import { recipientsOf, type RoundKind } from "./recipients";
import { lockEngagement, sendRound } from "./rounds";

const AUDIT_ACTIONS: Record<RoundKind, string> = {
  invitation: "invitations.sent",
  reminder: "invitations.reminders_sent",
};

/**
 * Sends the round to everyone it applies to right now. `fingerprint` is that of the list the
 * consultant confirmed; a different list refuses with `conflict` and sends nothing.
 * Only while the engagement is open (`engagement_closed` otherwise); nobody to send to is
 * `nothing_to_send`.
 */
async function send(ctx: FirmContext, engagementId: string, kind: RoundKind, fingerprint: string): Promise<{ count: number }> {
  if (!isUuid(engagementId)) throw new NotFoundError("engagement");
  return ctx.db.transaction(async (tx) => {
    const engagement = await lockEngagement(tx, ctx.firm.id, engagementId);
    if (!engagement) throw new NotFoundError("engagement");
    if (engagement.status !== "open") throw new AppError("engagement_closed");
    const recipients = await recipientsOf(tx, engagementId, kind);
    if (recipients.length === 0) throw new AppError("nothing_to_send");
    if (recipientsFingerprint(recipients.map((r) => r.id)) !== fingerprint) throw new AppError("conflict");
    const count = await sendRound(tx, {
      engagement,
      kind,
      recipients,
      actor: ctx.user,
      senderName: ctx.user.name,
      auditAction: AUDIT_ACTIONS[kind],
    });
    return { count };
  });
}

export const sendInvitations = (ctx: FirmContext, engagementId: string, fingerprint: string) =>
  send(ctx, engagementId, "invitation", fingerprint);

export const sendReminders = (ctx: FirmContext, engagementId: string, fingerprint: string) =>
  send(ctx, engagementId, "reminder", fingerprint);
