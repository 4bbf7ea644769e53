/** The Outbox as the portal reads it, set-password mails from the team page, and tenant isolation. */
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { emailOutbox, engagements, respondents, users } from "../../db/schema";
import { getOutboxMessage, latestMessagesByRespondent, listOutbox } from "../../lib/email/queries";
import { NotFoundError } from "../../lib/errors";
import { getInvitationOverview } from "../../lib/invitations/queries";
import { sendInvitations, sendReminders } from "../../lib/invitations/send";
import { addConsultant, reissueSetPasswordLink } from "../../lib/team/queries";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";
import { opened } from "../support/outbox";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
let engagementId: string;

async function person(email: string) {
  const [r] = await db
    .insert(respondents)
    .values({ firmId: f.owner.firm.id, engagementId, name: email.split("@")[0]!, email, roleGroup: "sales" })
    .returning();
  return r!;
}

const allMessages = async () => opened(await db.select().from(emailOutbox).orderBy(emailOutbox.createdAt));

beforeEach(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
  engagementId = f.firmAEngagements.find((e) => e.status === "draft")!.id;
  await db.update(engagements).set({ status: "open" }).where(eq(engagements.id, engagementId));
});

describe("reading the outbox", () => {
  it("lists the firm's messages with engagement and status, and opens one with its link while undelivered", async () => {
    const anna = await person("anna@klant.example");
    await sendInvitations(f.consultant, engagementId, (await getInvitationOverview(f.consultant, engagementId)).toInvite.fingerprint);
    const { items, total, byStatus } = await listOutbox(f.consultant, { page: 1 });
    expect(total).toBe(1);
    expect(byStatus).toEqual({ queued: 1, sending: 0, sent: 0, failed: 0 });
    const [item] = items;
    expect(item).toMatchObject({ toAddress: "anna@klant.example", kind: "invitation", status: "queued", engagementId });
    expect(item!.engagementTitle).toBe("Nulmeting commerciële organisatie");
    expect(item!.clientName).toBe("TechnoFlex Software");
    expect(item).not.toHaveProperty("secretLink");

    const message = await getOutboxMessage(f.consultant, item!.id);
    expect(message.linkState).toBe("available");
    expect(message.link).toMatch(/\/s\/[\w-]{43}$/);
    expect(message.textBody).toContain("{{link}}");

    await db.update(emailOutbox).set({ status: "sent", secretLink: null, sentAt: new Date() });
    expect(await getOutboxMessage(f.consultant, item!.id)).toMatchObject({ linkState: "removed", link: null });

    const latest = await latestMessagesByRespondent(f.consultant, engagementId);
    expect(latest.get(anna.id)).toMatchObject({ kind: "invitation", status: "sent" });
    await sendReminders(f.consultant, engagementId, (await getInvitationOverview(f.consultant, engagementId)).toRemind.fingerprint);
    expect((await latestMessagesByRespondent(f.consultant, engagementId)).get(anna.id)).toMatchObject({ kind: "reminder", status: "queued" });
  });

  it("shows set-password links only to owners, since anyone with it could take over the account", async () => {
    await addConsultant(f.owner, { name: "Nina Nieuw", email: "nina@demo-advies.nl" });
    const [m] = await allMessages();
    expect(await getOutboxMessage(f.owner, m!.id)).toMatchObject({ linkState: "available", link: m!.secretLink });
    expect(await getOutboxMessage(f.consultant, m!.id)).toMatchObject({ linkState: "restricted", link: null });
  });
});

describe("set-password mails", () => {
  it("queues one with the new consultant, in the same transaction", async () => {
    const { userId, link } = await addConsultant(f.owner, { name: "Nina <b>Nieuw</b>", email: "Nina@Demo-Advies.nl" });
    const [m] = await allMessages();
    expect(m).toMatchObject({ kind: "set_password", userId, firmId: f.owner.firm.id, toAddress: "nina@demo-advies.nl", secretLink: link });
    expect(m!.engagementId).toBeNull();
    expect(m!.htmlBody).toContain("Nina &lt;b&gt;Nieuw&lt;/b&gt;");
    expect(m!.textBody + m!.htmlBody).not.toContain(link.split("/").pop()!);

    await db.execute(sql`create function fail_audit() returns trigger language plpgsql as $$ begin raise exception 'audit down'; end $$`);
    await db.execute(sql`create trigger fail_audit before insert on audit_log for each row execute function fail_audit()`);
    try {
      await expect(addConsultant(f.owner, { name: "Olaf", email: "olaf@demo-advies.nl" })).rejects.toThrow();
    } finally {
      await db.execute(sql`drop trigger fail_audit on audit_log`);
      await db.execute(sql`drop function fail_audit()`);
    }
    expect(await allMessages()).toHaveLength(1);
    expect(await db.select().from(users).where(eq(users.email, "olaf@demo-advies.nl"))).toHaveLength(0);
  });

  it("replaces the waiting mail when a new link is issued", async () => {
    const { userId } = await addConsultant(f.owner, { name: "Nina", email: "nina@demo-advies.nl" });
    const { link } = await reissueSetPasswordLink(f.owner, userId);
    const [old, fresh] = await allMessages();
    expect(old).toMatchObject({ status: "failed", lastError: "superseded", secretLink: null });
    expect(fresh).toMatchObject({ status: "queued", secretLink: link, kind: "set_password", userId });
    expect(fresh!.textBody).toContain("nieuwe link");
  });
});

describe("another firm gets nothing and changes nothing", () => {
  it("gets not-found for firm A's engagement, messages and people, and writes nothing", async () => {
    const anna = await person("anna@klant.example");
    const { toInvite } = await getInvitationOverview(f.consultant, engagementId);
    await expect(getInvitationOverview(f.otherFirm, engagementId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(sendInvitations(f.otherFirm, engagementId, toInvite.fingerprint)).rejects.toBeInstanceOf(NotFoundError);
    await expect(latestMessagesByRespondent(f.otherFirm, engagementId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await allMessages()).toHaveLength(0);
    expect((await db.select().from(respondents).where(eq(respondents.id, anna.id)))[0]!.invitedAt).toBeNull();

    await sendInvitations(f.consultant, engagementId, toInvite.fingerprint);
    const { toRemind } = await getInvitationOverview(f.consultant, engagementId);
    await expect(sendReminders(f.otherFirm, engagementId, toRemind.fingerprint)).rejects.toBeInstanceOf(NotFoundError);
    const [m] = await allMessages();
    await expect(getOutboxMessage(f.otherFirm, m!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listOutbox(f.otherFirm, { page: 1 })).total).toBe(0);
    await expect(reissueSetPasswordLink(f.otherFirm, f.consultant.user.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await allMessages()).toHaveLength(1);
    expect((await db.select().from(respondents).where(eq(respondents.id, anna.id)))[0]!.lastRemindedAt).toBeNull();
  });

  it("treats malformed ids as not found", async () => {
    for (const id of ["", "abc", "1 or 1=1", "00000000-0000-0000-0000-000000000000"]) {
      await expect(getInvitationOverview(f.consultant, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(sendInvitations(f.consultant, id, "x")).rejects.toBeInstanceOf(NotFoundError);
      await expect(sendReminders(f.consultant, id, "x")).rejects.toBeInstanceOf(NotFoundError);
      await expect(getOutboxMessage(f.consultant, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(latestMessagesByRespondent(f.consultant, id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
