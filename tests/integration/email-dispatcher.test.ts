/**
 * The outbox dispatcher against a real SMTP server (smtp-server on 127.0.0.1, random port):
 * delivery, retries with backoff, giving up, no double sends, and links that live only until
 * delivery.
 */
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emailOutbox, engagements, respondents } from "../../db/schema";
import { dispatchDue } from "../../lib/email/dispatcher";
import type { MailTransport } from "../../lib/email/transport";
import { sendInvitations } from "../../lib/invitations/send";
import { getInvitationOverview } from "../../lib/invitations/queries";
import { findRespondentByToken, revokeRespondentLinks } from "../../lib/respondents/links";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";
import { opened } from "../support/outbox";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
let engagementId: string;
const servers: { close(): Promise<void> }[] = [];

interface Received {
  readonly to: string[];
  readonly raw: string;
}

/** A local SMTP server; `rejectConnections` refuses that many connections first (a server in trouble). */
async function startSmtp(options: { port?: number; rejectConnections?: number } = {}) {
  const received: Received[] = [];
  let rejects = options.rejectConnections ?? 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onConnect(_session, callback) {
      if (rejects > 0) {
        rejects -= 1;
        return callback(new Error("Too busy, try again later"));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const handle = { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  servers.push(handle);
  return handle;
}

const transportTo = (port: number): MailTransport =>
  nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true, connectionTimeout: 3000, greetingTimeout: 3000 });

/** A port nobody listens on (a mail server that is down). */
async function deadPort(): Promise<number> {
  const s = await startSmtp();
  await s.close();
  servers.pop();
  return s.port;
}

/** The decoded text/plain and text/html parts of a raw MIME message. */
function parts(raw: string): { text: string; html: string } {
  const out = { text: "", html: "" };
  for (const part of raw.split(/\r?\n--[^\r\n]+/)) {
    const [head = "", ...rest] = part.split(/\r?\n\r?\n/);
    const body = rest.join("\n\n");
    const type = /content-type:\s*text\/(plain|html)/i.exec(head)?.[1];
    if (!type) continue;
    const decoded = /content-transfer-encoding:\s*base64/i.test(head)
      ? Buffer.from(body, "base64").toString("utf8")
      : /content-transfer-encoding:\s*quoted-printable/i.test(head)
        ? Buffer.from(body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8")
        : body;
    out[type === "plain" ? "text" : "html"] = decoded;
  }
  return out;
}

async function addRespondent(email: string, extra: Partial<typeof respondents.$inferInsert> = {}) {
  const [r] = await db
    .insert(respondents)
    .values({ firmId: f.owner.firm.id, engagementId, name: email.split("@")[0]!, email, roleGroup: "sales", ...extra })
    .returning();
  return r!;
}

async function invite() {
  const { toInvite } = await getInvitationOverview(f.consultant, engagementId);
  return sendInvitations(f.consultant, engagementId, toInvite.fingerprint);
}

const outbox = async () => opened(await db.select().from(emailOutbox).orderBy(emailOutbox.toAddress));

beforeEach(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
  // A draft engagement of firm A without demo respondents, opened for these tests.
  engagementId = f.firmAEngagements.find((e) => e.status === "draft")!.id;
  await db.update(engagements).set({ status: "open", inviteIntro: "Welkom <allemaal>!" }).where(eq(engagements.id, engagementId));
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe("delivering over SMTP", () => {
  it("delivers the invitation with a link that opens the right respondent, then forgets the link", async () => {
    const anna = await addRespondent("anna@klant.example");
    const smtp = await startSmtp();
    await invite();
    const result = await dispatchDue(db, transportTo(smtp.port), { limit: 10, fromAddress: "scan@demo-advies.example" });
    expect(result).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toEqual(["anna@klant.example"]);
    expect(mail.raw).toMatch(/^From: "?Kees Consultant \(Demo Advies\)"? <scan@demo-advies\.example>/m);
    expect(mail.raw).toMatch(/^Reply-To: consultant@demo-advies\.nl/m);
    const { text, html } = parts(mail.raw);
    const link = /https?:\/\/\S+\/s\/([\w-]+)/.exec(text);
    expect(link).not.toBeNull();
    expect(html).toContain(`href="${link![0]}"`);
    expect(html).toContain("Welkom &lt;allemaal&gt;!");
    expect((await findRespondentByToken(db, link![1]!))?.id).toBe(anna.id);

    const [row] = await outbox();
    expect(row).toMatchObject({ status: "sent", secretLink: null, attempts: 1, lastError: null });
    expect(row!.sentAt).toBeInstanceOf(Date);
    for (const body of [row!.textBody, row!.htmlBody]) {
      expect(body).toContain("{{link}}");
      expect(body).not.toContain(link![1]);
    }
  });

  it("retries after the server was down and delivers exactly once when it is back", async () => {
    await addRespondent("anna@klant.example");
    await invite();
    const port = await deadPort();
    const now = new Date();
    expect(await dispatchDue(db, transportTo(port), { limit: 10, now })).toMatchObject({ claimed: 1, retrying: 1, sent: 0 });
    let [row] = await outbox();
    expect(row).toMatchObject({ status: "queued", attempts: 1 });
    expect(row!.lastError).toMatch(/ECONNREFUSED/);
    expect(row!.nextAttemptAt.getTime()).toBe(now.getTime() + 60_000);
    expect(row!.secretLink).not.toBeNull();

    const smtp = await startSmtp({ port });
    // Not due yet: nothing is tried before the backoff has passed.
    expect((await dispatchDue(db, transportTo(port), { limit: 10, now: new Date(now.getTime() + 30_000) })).claimed).toBe(0);
    const later = new Date(now.getTime() + 61_000);
    expect(await dispatchDue(db, transportTo(port), { limit: 10, now: later })).toMatchObject({ claimed: 1, sent: 1 });
    expect(await dispatchDue(db, transportTo(port), { limit: 10, now: new Date(later.getTime() + 3_600_000) })).toMatchObject({ claimed: 0 });
    expect(smtp.received).toHaveLength(1);
    [row] = await outbox();
    expect(row).toMatchObject({ status: "sent", attempts: 2, secretLink: null, lastError: null });
  });

  it("retries when the server refuses the first connection", async () => {
    await addRespondent("anna@klant.example");
    await invite();
    const smtp = await startSmtp({ rejectConnections: 1 });
    const now = new Date();
    expect(await dispatchDue(db, transportTo(smtp.port), { limit: 10, now })).toMatchObject({ retrying: 1 });
    expect((await outbox())[0]!.lastError).toMatch(/Too busy/);
    expect(smtp.received).toHaveLength(0);
    expect(await dispatchDue(db, transportTo(smtp.port), { limit: 10, now: new Date(now.getTime() + 60_000) })).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
  });

  it("gives up after the last attempt and keeps the reason", async () => {
    await addRespondent("anna@klant.example");
    await invite();
    const port = await deadPort();
    let now = new Date();
    for (let attempt = 1; attempt <= 6; attempt++) {
      const r = await dispatchDue(db, transportTo(port), { limit: 10, now });
      expect(r).toMatchObject(attempt < 6 ? { retrying: 1 } : { failed: 1 });
      now = new Date(now.getTime() + 2 * 3_600_000);
    }
    const [row] = await outbox();
    expect(row).toMatchObject({ status: "failed", attempts: 6 });
    expect(row!.lastError).toMatch(/ECONNREFUSED/);
    // The link stays, so the consultant can still copy it from the Outbox.
    expect(row!.secretLink).toMatch(/\/s\//);
    const smtp = await startSmtp({ port });
    expect((await dispatchDue(db, transportTo(port), { limit: 10, now })).claimed).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it("never sends a message twice when two dispatchers run at once", async () => {
    for (let i = 0; i < 12; i++) await addRespondent(`p${String(i).padStart(2, "0")}@klant.example`);
    await invite();
    const smtp = await startSmtp();
    // Three dispatchers of five each: together they can claim every message, but none twice.
    const results = await Promise.all([1, 2, 3].map(() => dispatchDue(db, transportTo(smtp.port), { limit: 5 })));
    expect(results.reduce((n, r) => n + r.claimed, 0)).toBe(12);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(12);
    const recipients = smtp.received.flatMap((m) => m.to).sort();
    expect(recipients).toHaveLength(12);
    expect(new Set(recipients).size).toBe(12);
    expect((await outbox()).every((m) => m.status === "sent" && m.secretLink === null)).toBe(true);
  });

  it("reclaims a message stuck in 'sending' after its lease, but not before", async () => {
    await addRespondent("anna@klant.example");
    await invite();
    const smtp = await startSmtp();
    const now = new Date();
    // An instance claimed it and died: status sending, lease running until now + 10 minutes.
    await db.update(emailOutbox).set({ status: "sending", attempts: 1, nextAttemptAt: new Date(now.getTime() + 600_000) });
    expect((await dispatchDue(db, transportTo(smtp.port), { limit: 10, now })).claimed).toBe(0);
    const r = await dispatchDue(db, transportTo(smtp.port), { limit: 10, now: new Date(now.getTime() + 600_001) });
    expect(r).toMatchObject({ claimed: 1, sent: 1 });
    expect(smtp.received).toHaveLength(1);
  });

  it("withdraws a message whose link was revoked before delivery", async () => {
    const anna = await addRespondent("anna@klant.example");
    await invite();
    await revokeRespondentLinks(db, anna.id);
    const smtp = await startSmtp();
    expect(await dispatchDue(db, transportTo(smtp.port), { limit: 10 })).toMatchObject({ failed: 1 });
    expect(smtp.received).toHaveLength(0);
    expect((await outbox())[0]).toMatchObject({ status: "failed", lastError: "link_revoked", secretLink: null });
  });

  it("withdraws invitations and reminders of a scan that was closed while they waited", async () => {
    await addRespondent("anna@klant.example");
    await invite();
    await db.update(engagements).set({ status: "closed" }).where(eq(engagements.id, engagementId));
    const smtp = await startSmtp();
    expect(await dispatchDue(db, transportTo(smtp.port), { limit: 10 })).toMatchObject({ failed: 1 });
    expect(smtp.received).toHaveLength(0);
    expect((await outbox())[0]).toMatchObject({ status: "failed", lastError: "scan_closed", secretLink: null });
  });
});
