import "server-only";
/**
 * The e-mail that invites a client manager to the portal, in the manager's language, through
 * the outbox (in the transaction of the invitation). A person without a password yet gets a
 * set-password link; one who already has an account (manager of another client of the firm)
 * gets the login link instead, so an invitation never resets an existing password.
 */
import { and, eq } from "drizzle-orm";
import { emailOutbox } from "../../db/schema";
import type { Executor } from "../../db/types";
import type { FirmSummary } from "../auth/context";
import { emailFirm, type EmailFirm } from "../branding/email";
import { renderHtml, renderText, type Block } from "../email/layout";
import { enqueueEmails } from "../email/outbox";
import type { OutboxReasonCode } from "../email/reasons";
import { emailTranslator, type RenderedEmail } from "../email/templates";
import { env } from "../env";
import type { Locale } from "../model/types";

export interface ManagerInvitationContent {
  readonly locale: Locale;
  readonly recipientName: string;
  readonly clientName: string;
  /** The firm as the e-mail shows it: name, colour, logo and contact line. */
  readonly firm: EmailFirm;
  readonly senderName: string;
  /** True when the person already has a password: the link goes to the login page. */
  readonly hasAccount: boolean;
}

export function renderManagerInvitation(data: ManagerInvitationContent): RenderedEmail {
  const t = emailTranslator(data.locale, "managerEmail");
  const values = { firm: data.firm.name, client: data.clientName, sender: data.senderName };
  const variant = data.hasAccount ? "existing" : "new";
  const blocks: Block[] = [
    { kind: "paragraph", text: t("greeting", { name: data.recipientName }) },
    { kind: "paragraph", text: t("lead", values) },
    { kind: "paragraph", text: t(`${variant}.instruction`) },
    { kind: "button", label: t(`${variant}.button`), textLabel: t(`${variant}.buttonText`), fallback: t("linkFallback"), note: t("personalLink") },
    { kind: "paragraph", text: t("privacy", values) },
    { kind: "signoff", lines: [t("signoff"), data.senderName, data.firm.name] },
  ];
  const frame = {
    locale: data.locale,
    subject: t("subject", values),
    firmName: data.firm.name,
    primaryColor: data.firm.primaryColor,
    logoUrl: data.firm.logoUrl,
    contactLine: data.firm.footerText,
    blocks,
    footer: [t("footer", values)],
  };
  return { subject: frame.subject, text: renderText(frame), html: renderHtml(frame) };
}

export async function enqueueManagerInvitation(
  tx: Executor,
  input: {
    readonly firm: FirmSummary;
    readonly sender: { readonly id: string; readonly name: string };
    readonly user: { readonly id: string; readonly email: string; readonly name: string; readonly locale: Locale };
    readonly clientName: string;
    readonly link: string;
    readonly hasAccount: boolean;
  },
): Promise<void> {
  // A new link replaced the old one: an older invitation still waiting would carry a dead link.
  await withdrawQueuedManagerInvitations(tx, input.firm.id, input.user.id);
  const content = renderManagerInvitation({
    locale: input.user.locale,
    recipientName: input.user.name,
    clientName: input.clientName,
    firm: emailFirm(input.firm, env.appUrl),
    senderName: input.sender.name,
    hasAccount: input.hasAccount,
  });
  await enqueueEmails(tx, [
    {
      firmId: input.firm.id,
      kind: "manager_invitation",
      toAddress: input.user.email,
      content,
      link: input.link,
      userId: input.user.id,
      createdBy: input.sender.id,
    },
  ]);
}

/** Undelivered invitations of this person are withdrawn (on resend and on revoke). */
export async function withdrawQueuedManagerInvitations(
  tx: Executor,
  firmId: string,
  userId: string,
  reason: OutboxReasonCode = "superseded",
): Promise<void> {
  await tx
    .update(emailOutbox)
    .set({ status: "failed", lastError: reason, secretLink: null })
    .where(
      and(
        eq(emailOutbox.firmId, firmId),
        eq(emailOutbox.userId, userId),
        eq(emailOutbox.kind, "manager_invitation"),
        eq(emailOutbox.status, "queued"),
      ),
    );
}
