import "server-only";
/**
 * Writing to the outbox. Always called with the transaction of the change that causes the
 * message, so the message exists exactly when the change does.
 */
import { and, eq, inArray } from "drizzle-orm";
import { emailOutbox, type EmailKind } from "../../db/schema";
import type { Executor } from "../../db/types";
import { countPlaceholders } from "./link-placeholder";
import type { OutboxReasonCode } from "./reasons";
import { sealLink } from "./sealed-link";
import type { RenderedEmail } from "./templates";

export interface NewOutboxMessage {
  readonly firmId: string;
  readonly kind: EmailKind;
  readonly toAddress: string;
  readonly content: RenderedEmail;
  /** The personal link; kept apart from the bodies, stored sealed, and cleared once delivered. */
  readonly link: string;
  readonly engagementId?: string | null;
  readonly respondentId?: string | null;
  readonly userId?: string | null;
  readonly createdBy?: string | null;
}

/** Rows per INSERT: large invitation rounds go in a few statements, not thousands. */
const CHUNK = 500;

export async function enqueueEmails(tx: Executor, messages: readonly NewOutboxMessage[]): Promise<void> {
  for (const m of messages) {
    // A body that does not carry the placeholder would go out without the link; one that
    // carries the link itself would keep it after delivery. Both are programming errors.
    if (countPlaceholders(m.content.text) === 0 || countPlaceholders(m.content.html) === 0) {
      throw new Error("e-mail body without a link placeholder");
    }
    if (m.content.text.includes(m.link) || m.content.html.includes(m.link)) throw new Error("e-mail body holds the link itself");
  }
  for (let i = 0; i < messages.length; i += CHUNK) {
    await tx.insert(emailOutbox).values(
      messages.slice(i, i + CHUNK).map((m) => ({
        firmId: m.firmId,
        kind: m.kind,
        toAddress: m.toAddress,
        subject: m.content.subject,
        textBody: m.content.text,
        htmlBody: m.content.html,
        secretLink: sealLink(m.link),
        engagementId: m.engagementId ?? null,
        respondentId: m.respondentId ?? null,
        userId: m.userId ?? null,
        createdBy: m.createdBy ?? null,
      })),
    );
  }
}

/**
 * Withdraws undelivered set-password mails of a user whose link was just replaced: the old
 * link no longer works, so sending it would only confuse. Messages being sent right now are
 * left alone.
 */
export async function supersedeQueuedSetPasswordMails(tx: Executor, firmId: string, userId: string): Promise<void> {
  await tx
    .update(emailOutbox)
    .set({ status: "failed", lastError: "superseded" satisfies OutboxReasonCode, secretLink: null })
    .where(
      and(
        eq(emailOutbox.firmId, firmId),
        eq(emailOutbox.userId, userId),
        inArray(emailOutbox.kind, ["set_password", "password_reset"]),
        eq(emailOutbox.status, "queued"),
      ),
    );
}
