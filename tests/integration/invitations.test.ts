/** Invitation and reminder rounds, the automatic reminder, and the outbox they write. */
import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, engagements, respondentLinks, respondents } from "../../db/schema";
import { closeDateToTimestamp } from "../../lib/engagements/close-date";
import { AppError } from "../../lib/errors";
import { runAutomaticReminders } from "../../lib/invitations/auto-reminders";
import { getInvitationOverview } from "../../lib/invitations/queries";
import { sendInvitations, sendReminders } from "../../lib/invitations/send";
import { findRespondentByToken } from "../../lib/respondents/links";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";
import { opened } from "../support/outbox";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
let engagementId: string;

const code = (promise: Promise<unknown>) => promise.then(() => "resolved", (e: unknown) => (e instanceof AppError ? e.code : String(e)));
const tokenOf = (link: string) => link.split("/s/")[1]!;

async function person(email: string, extra: Partial<typeof respondents.$inferInsert> = {}) {
  const [r] = await db
    .insert(respondents)
    .values({ firmId: f.owner.firm.id, engagementId, name: email.split("@")[0]!, email, roleGroup: "sales", ...extra })
    .returning();
  return r!;
}

const messages = async () => opened(await db.select().from(emailOutbox).where(eq(emailOutbox.engagementId, engagementId)).orderBy(emailOutbox.toAddress));
const audits = (action: string) => db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, engagementId)));
const respondent = async (id: string) => (await db.select().from(respondents).where(eq(respondents.id, id)))[0]!;
const overview = () => getInvitationOverview(f.consultant, engagementId);

/** Everyone in every state the rules distinguish. */
async function mixedPanel() {
  const d = new Date("2026-01-05T10:00:00Z");
  return {
    fresh: await person("fresh@klant.example", { locale: "en" }),
    invited: await person("invited@klant.example", { invitedAt: d }),
    started: await person("started@klant.example", { invitedAt: d, startedAt: d, answeredCount: 4 }),
    submitted: await person("submitted@klant.example", { invitedAt: d, startedAt: d, submittedAt: d }),
    revoked: await person("revoked@klant.example", { invitedAt: d, linkRevokedAt: d }),
    // Has a copied link and submitted without an invitation: neither invited nor reminded.
    submittedUninvited: await person("direct@klant.example", { submittedAt: d }),
  };
}

beforeEach(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
  engagementId = f.firmAEngagements.find((e) => e.status === "draft")!.id;
  await db
    .update(engagements)
    .set({ status: "open", inviteIntro: "Doe mee!", closesAt: closeDateToTimestamp("2026-12-18") })
    .where(eq(engagements.id, engagementId));
});

describe("the invitations page data", () => {
  it("counts not invited / invited / submitted and previews exactly who gets what", async () => {
    const p = await mixedPanel();
    const o = await overview();
    expect(o.counts).toEqual({ total: 6, notInvited: 1, invited: 3, submitted: 2, revoked: 1 });
    expect(o.toInvite.people.map((r) => r.id)).toEqual([p.fresh.id]);
    expect(o.toRemind.people.map((r) => r.id).sort()).toEqual([p.invited.id, p.started.id].sort());
    expect(o.engagement.autoReminderDueAt).toBeNull();
  });
});

describe("sending invitations", () => {
  it("invites only those not invited yet, each with a link of their own, in their language", async () => {
    const a = await person("a@klant.example");
    const b = await person("b@klant.example", { locale: "en" });
    await person("old@klant.example", { invitedAt: new Date() });
    const { toInvite } = await overview();
    expect(await sendInvitations(f.consultant, engagementId, toInvite.fingerprint)).toEqual({ count: 2 });

    const sent = await messages();
    expect(sent.map((m) => [m.toAddress, m.kind, m.status])).toEqual([
      ["a@klant.example", "invitation", "queued"],
      ["b@klant.example", "invitation", "queued"],
    ]);
    expect(sent[0]!.subject).toMatch(/^Uitnodiging/);
    expect(sent[1]!.subject).toMatch(/^Invitation/);
    expect(sent.every((m) => m.createdBy === f.consultant.user.id && m.firmId === f.consultant.firm.id)).toBe(true);
    expect(new Set(sent.map((m) => m.secretLink)).size).toBe(2);
    for (const [m, r] of [[sent[0]!, a], [sent[1]!, b]] as const) {
      expect((await findRespondentByToken(db, tokenOf(m.secretLink!)))?.id).toBe(r.id);
      expect(m.textBody).not.toContain(tokenOf(m.secretLink!));
      expect(m.htmlBody).not.toContain(tokenOf(m.secretLink!));
      expect((await respondent(r.id)).invitedAt).toBeInstanceOf(Date);
    }
    const [entry] = await audits("invitations.sent");
    expect(entry).toMatchObject({ actorUserId: f.consultant.user.id, entityType: "engagement", details: { count: 2 } });
    expect(JSON.stringify(entry)).not.toMatch(/\/s\/|klant\.example/);
  });

  it("refuses when nobody is left to invite, and when the previewed list changed", async () => {
    await person("a@klant.example");
    const { toInvite } = await overview();
    await person("late@klant.example");
    expect(await code(sendInvitations(f.consultant, engagementId, toInvite.fingerprint))).toBe("conflict");
    expect(await messages()).toHaveLength(0);
    expect((await overview()).counts.notInvited).toBe(2);
    await sendInvitations(f.consultant, engagementId, (await overview()).toInvite.fingerprint);
    // A second click with the old preview finds nobody left.
    expect(await code(sendInvitations(f.consultant, engagementId, (await overview()).toInvite.fingerprint))).toBe("nothing_to_send");
    expect(await messages()).toHaveLength(2);
  });

  it("refuses unless the engagement is open", async () => {
    const a = await person("a@klant.example");
    const { toInvite } = await overview();
    for (const status of ["draft", "closed", "published"] as const) {
      await db.update(engagements).set({ status }).where(eq(engagements.id, engagementId));
      expect(await code(sendInvitations(f.consultant, engagementId, toInvite.fingerprint))).toBe("engagement_closed");
      expect(await code(sendReminders(f.consultant, engagementId, toInvite.fingerprint))).toBe("engagement_closed");
    }
    expect(await messages()).toHaveLength(0);
    expect(await findLinks(a.id)).toHaveLength(0);
  });

  it("writes nothing when the transaction fails after the messages were queued", async () => {
    const a = await person("a@klant.example");
    const { toInvite } = await overview();
    // A real database failure at the last write of the transaction (the audit entry).
    await db.execute(sql`create function fail_audit() returns trigger language plpgsql as $$ begin raise exception 'audit down'; end $$`);
    await db.execute(sql`create trigger fail_audit before insert on audit_log for each row execute function fail_audit()`);
    try {
      expect(await code(sendInvitations(f.consultant, engagementId, toInvite.fingerprint))).toMatch(/insert into "audit_log"/);
    } finally {
      await db.execute(sql`drop trigger fail_audit on audit_log`);
      await db.execute(sql`drop function fail_audit()`);
    }
    expect(await db.select().from(emailOutbox)).toHaveLength(0);
    expect((await respondent(a.id)).invitedAt).toBeNull();
    expect(await db.select().from(respondentLinks).where(eq(respondentLinks.respondentId, a.id))).toHaveLength(0);
    // And it works once the database does.
    expect(await sendInvitations(f.consultant, engagementId, toInvite.fingerprint)).toEqual({ count: 1 });
  });
});

describe("sending reminders", () => {
  it("reminds only the invited who have not submitted and whose links are not revoked, with fresh links", async () => {
    const p = await mixedPanel();
    const { toRemind } = await overview();
    const before = await findLinks(p.started.id);
    expect(await sendReminders(f.owner, engagementId, toRemind.fingerprint)).toEqual({ count: 2 });
    const sent = await messages();
    expect(sent.map((m) => [m.toAddress, m.kind])).toEqual([
      ["invited@klant.example", "reminder"],
      ["started@klant.example", "reminder"],
    ]);
    expect(sent[0]!.subject).toMatch(/^Herinnering/);
    for (const m of sent) expect((await findRespondentByToken(db, tokenOf(m.secretLink!)))?.id).toBe(m.respondentId);
    expect(await findLinks(p.started.id)).toHaveLength(before.length + 1);
    expect((await respondent(p.invited.id)).lastRemindedAt).toBeInstanceOf(Date);
    for (const untouched of [p.fresh, p.submitted, p.revoked, p.submittedUninvited]) {
      expect((await respondent(untouched.id)).lastRemindedAt).toBeNull();
    }
    expect((await respondent(p.revoked.id)).linkRevokedAt).not.toBeNull();
    expect(await audits("invitations.reminders_sent")).toMatchObject([{ actorUserId: f.owner.user.id, details: { count: 2 } }]);
  });

  it("says there is nothing to send when everyone has submitted", async () => {
    await person("done@klant.example", { invitedAt: new Date(), submittedAt: new Date() });
    expect(await code(sendReminders(f.consultant, engagementId, (await overview()).toRemind.fingerprint))).toBe("nothing_to_send");
  });
});

const findLinks = (respondentId: string) => db.select().from(respondentLinks).where(eq(respondentLinks.respondentId, respondentId));

describe("the automatic reminder", () => {
  const closesAt = closeDateToTimestamp("2026-12-18");
  const due = new Date("2026-12-15T08:00:00Z"); // 09:00 in Amsterdam, three days before

  beforeEach(async () => {
    await db.update(engagements).set({ autoReminderDaysBefore: 3, closesAt }).where(eq(engagements.id, engagementId));
  });

  it("goes out once, even when the job runs twice or on two instances at once", async () => {
    await mixedPanel();
    expect(await runAutomaticReminders(db, { now: new Date(due.getTime() - 60_000) })).toEqual({ engagements: 0, messages: 0 });
    const [first, second] = await Promise.all([runAutomaticReminders(db, { now: due }), runAutomaticReminders(db, { now: due })]);
    expect(first.messages + second.messages).toBe(2);
    expect(await runAutomaticReminders(db, { now: new Date(due.getTime() + 3_600_000) })).toEqual({ engagements: 0, messages: 0 });
    const sent = await messages();
    expect(sent.map((m) => m.toAddress)).toEqual(["invited@klant.example", "started@klant.example"]);
    // Signed by the engagement's creator, who is also the Reply-To at delivery.
    const [creator] = await db.select({ createdBy: engagements.createdBy }).from(engagements).where(eq(engagements.id, engagementId));
    expect(sent.every((m) => m.kind === "reminder" && m.createdBy === creator!.createdBy)).toBe(true);
    const [e] = await db.select().from(engagements).where(eq(engagements.id, engagementId));
    expect(e!.autoReminderSentAt?.getTime()).toBe(due.getTime());
    expect(await audits("invitations.auto_reminder_sent")).toMatchObject([{ actorUserId: null, details: { count: 2 } }]);
  });

  it("does not go out for a scan that is not open or already closed", async () => {
    await mixedPanel();
    expect(await runAutomaticReminders(db, { now: new Date(closesAt.getTime() + 1) })).toMatchObject({ engagements: 0 });
    await db.update(engagements).set({ status: "closed" }).where(eq(engagements.id, engagementId));
    expect(await runAutomaticReminders(db, { now: due })).toMatchObject({ engagements: 0 });
    expect(await messages()).toHaveLength(0);
    expect((await db.select().from(engagements).where(eq(engagements.id, engagementId)))[0]!.autoReminderSentAt).toBeNull();
  });

  it("shows on the page when it is due and when it went out", async () => {
    expect((await overview()).engagement.autoReminderDueAt?.toISOString()).toBe(due.toISOString());
  });
});
