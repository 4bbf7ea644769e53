import "server-only";
/** Delivery over SMTP with nodemailer; the dispatcher depends only on the small interface below. */
import nodemailer from "nodemailer";

export interface OutgoingMail {
  readonly from: { readonly name: string; readonly address: string };
  readonly replyTo?: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Anything that can deliver a message (nodemailer's transporter fits). Rejects on failure. */
export interface MailTransport {
  sendMail(mail: OutgoingMail): Promise<unknown>;
}

// nodemailer waits minutes by default; a dispatcher round should not hang that long on a dead server.
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/** A transport for an smtp:// or smtps:// URL (credentials in the URL, options as query parameters). */
export function smtpTransport(smtpUrl: string): MailTransport {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(TIMEOUTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  }
  return nodemailer.createTransport(url.toString());
}
