import "server-only";
/** The set-password (or reset) link of a person, sent by e-mail through the outbox. */
import type { Executor } from "../../db/types";
import type { FirmSummary } from "../auth/context";
import { emailFirm } from "../branding/email";
import { env } from "../env";
import type { Locale } from "../model/types";
import { enqueueEmails, supersedeQueuedSetPasswordMails } from "./outbox";
import { renderEmail } from "./templates";

export async function enqueueSetPasswordMail(
  tx: Executor,
  input: {
    readonly firm: FirmSummary;
    readonly sender: { readonly id: string; readonly name: string };
    readonly user: { readonly id: string; readonly email: string; readonly name: string; readonly locale: Locale };
    readonly link: string;
    /** new account, reissued first-password link, or a reset for an account with a password */
    readonly kind: "new" | "reissued" | "reset";
  },
): Promise<void> {
  // The new link replaced the old one, so an older message still waiting would carry a dead link.
  await supersedeQueuedSetPasswordMails(tx, input.firm.id, input.user.id);
  const kind = input.kind === "reset" ? "password_reset" : "set_password";
  const content = renderEmail({
    kind,
    locale: input.user.locale,
    recipientName: input.user.name,
    firm: emailFirm(input.firm, env.appUrl),
    senderName: input.sender.name,
    reissued: input.kind === "reissued",
  });
  await enqueueEmails(tx, [
    {
      firmId: input.firm.id,
      kind,
      toAddress: input.user.email,
      content,
      link: input.link,
      userId: input.user.id,
      createdBy: input.sender.id,
    },
  ]);
}
