/**
 * Set-password links of new consultants go out by e-mail through the outbox. Delivered with
 * nodemailer's stream transport (the real MIME message, built but not put on the wire).
 */
import nodemailer from "nodemailer";
import { beforeEach, describe, expect, it } from "vitest";
import { emailOutbox } from "../../db/schema";
import { consumeSetPasswordToken } from "../../lib/auth/password-tokens";
import { dispatchDue } from "../../lib/email/dispatcher";
import type { MailTransport, OutgoingMail } from "../../lib/email/transport";
import { addConsultant } from "../../lib/team/queries";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";
import { opened } from "../support/outbox";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
let delivered: string[];

const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
const transport: MailTransport = {
  async sendMail(mail: OutgoingMail) {
    const info = await stream.sendMail(mail);
    delivered.push((info.message as Buffer).toString("utf8"));
  },
};

const outbox = async () => opened(await db.select().from(emailOutbox));
/** The raw message with quoted-printable soft line breaks and escapes undone. */
const decoded = (raw: string) =>
  raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

beforeEach(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
  delivered = [];
});

describe("set-password links by e-mail", () => {
  it("delivers the new consultant's link, the same one the owner sees, then forgets it", async () => {
    const { userId, link } = await addConsultant(f.owner, { name: "Nina Nieuw", email: "nina@demo-advies.nl" });
    const [queued] = await outbox();
    expect(queued).toMatchObject({ kind: "set_password", userId, toAddress: "nina@demo-advies.nl", secretLink: link, status: "queued" });
    expect(await dispatchDue(db, transport, { limit: 10, fromAddress: "scan@demo-advies.example" })).toMatchObject({ sent: 1 });
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatch(/^To: nina@demo-advies\.nl$/m);
    expect(decoded(delivered[0]!)).toContain(link);
    expect((await outbox())[0]).toMatchObject({ status: "sent", secretLink: null });
  });

  it("does not send a link that was used in the meantime", async () => {
    const { link } = await addConsultant(f.owner, { name: "Nina Nieuw", email: "nina@demo-advies.nl" });
    await consumeSetPasswordToken(db, link.split("/").pop()!, "een-lang-genoeg-wachtwoord-2026");
    expect(await dispatchDue(db, transport, { limit: 10 })).toMatchObject({ failed: 1 });
    expect(delivered).toHaveLength(0);
    expect((await outbox())[0]).toMatchObject({ status: "failed", lastError: "link_expired", secretLink: null });
  });
});
