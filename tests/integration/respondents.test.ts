import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, engagements, respondentLinks, respondents } from "../../db/schema";
import type { FirmContext } from "../../lib/auth/context";
import { AppError, NotFoundError } from "../../lib/errors";
import { findRespondentByToken } from "../../lib/respondents/links";
import { createPersonalLink, reissuePersonalLink, revokePersonalLinks } from "../../lib/respondents/personal-links";
import { addRespondent, getRespondent, listRespondents, removeRespondent, updateRespondent } from "../../lib/respondents/queries";
import type { RespondentInput } from "../../lib/respondents/schemas";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
let engagementId: string;

const anna: RespondentInput = { name: "Anna de Vries", email: "Anna@Klant.example", roleGroup: "sales", team: "Noord", locale: "nl" };
const tokenOf = (link: string) => link.split("/s/")[1]!;
const code = (promise: Promise<unknown>) => promise.then(() => "resolved", (e: unknown) => (e instanceof AppError ? e.code : String(e)));

async function setStatus(id: string, status: "draft" | "open" | "closed" | "published") {
  await db.update(engagements).set({ status }).where(eq(engagements.id, id));
}

async function auditOf(entityId: string) {
  return db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);
}

beforeEach(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
  // A draft engagement of firm A without demo respondents.
  const draft = f.firmAEngagements.find((e) => e.status === "draft");
  engagementId = draft!.id;
});

describe("adding a respondent", () => {
  it("stores the person, issues a working link shown once and audits without personal data", async () => {
    const { respondentId, link } = await addRespondent(f.consultant, engagementId, anna);
    const stored = await getRespondent(f.consultant, engagementId, respondentId);
    expect(stored).toMatchObject({ name: "Anna de Vries", email: "anna@klant.example", roleGroup: "sales", team: "Noord", locale: "nl" });
    expect(stored.firmId).toBe(f.consultant.firm.id);
    expect((await findRespondentByToken(db, tokenOf(link)))?.id).toBe(respondentId);
    const links = await db.select().from(respondentLinks).where(eq(respondentLinks.respondentId, respondentId));
    expect(links).toHaveLength(1);
    expect(links[0]!.tokenHash).not.toContain(tokenOf(link));
    const [entry] = await auditOf(respondentId);
    expect(entry).toMatchObject({ action: "respondent.added", actorUserId: f.consultant.user.id, details: { engagementId } });
    expect(JSON.stringify(entry)).not.toMatch(/anna|vries/i);
  });

  it("refuses the same e-mail address twice on one engagement, whatever its case", async () => {
    await addRespondent(f.consultant, engagementId, anna);
    expect(await code(addRespondent(f.owner, engagementId, { ...anna, name: "Ander", email: " ANNA@klant.EXAMPLE " }))).toBe(
      "duplicate_respondent",
    );
    expect(await db.select().from(respondents).where(eq(respondents.engagementId, engagementId))).toHaveLength(1);
    // Another engagement may have the same person.
    const other = f.firmAEngagements.find((e) => e.id !== engagementId)!;
    await expect(addRespondent(f.consultant, other.id, anna)).resolves.toMatchObject({ respondentId: expect.any(String) });
  });

  it("stores names with HTML or formula characters verbatim", async () => {
    const name = '=HYPERLINK("http://evil.example","<img src=x onerror=alert(1)>")';
    const { respondentId } = await addRespondent(f.consultant, engagementId, { ...anna, name });
    expect((await getRespondent(f.consultant, engagementId, respondentId)).name).toBe(name);
  });

  it("is refused once the engagement is closed or published; erasure and revoking still work", async () => {
    const { respondentId } = await addRespondent(f.consultant, engagementId, anna);
    for (const status of ["closed", "published"] as const) {
      await setStatus(engagementId, status);
      expect(await code(addRespondent(f.consultant, engagementId, { ...anna, email: "b@klant.example" }))).toBe("engagement_closed");
      expect(await code(updateRespondent(f.consultant, engagementId, respondentId, { ...anna, name: "X" }))).toBe("engagement_closed");
      expect(await code(createPersonalLink(f.consultant, engagementId, respondentId))).toBe("engagement_closed");
      expect(await code(reissuePersonalLink(f.consultant, engagementId, respondentId))).toBe("engagement_closed");
    }
    await revokePersonalLinks(f.consultant, engagementId, respondentId);
    await removeRespondent(f.consultant, engagementId, respondentId);
    expect(await db.select().from(respondents).where(eq(respondents.engagementId, engagementId))).toEqual([]);
  });
});

describe("editing a respondent", () => {
  it("saves the changes and audits the changed field names only", async () => {
    const { respondentId } = await addRespondent(f.consultant, engagementId, anna);
    const result = await updateRespondent(f.consultant, engagementId, respondentId, {
      ...anna,
      email: "ANNA@klant.example",
      roleGroup: "management",
      team: null,
      locale: "en",
    });
    expect(result.changed).toEqual(["roleGroup", "team", "locale"]);
    expect(await getRespondent(f.consultant, engagementId, respondentId)).toMatchObject({
      email: "anna@klant.example",
      roleGroup: "management",
      team: null,
      locale: "en",
    });
    const entries = await auditOf(respondentId);
    expect(entries.at(-1)).toMatchObject({ action: "respondent.updated", details: { engagementId, fields: ["roleGroup", "team", "locale"] } });
    expect(await updateRespondent(f.consultant, engagementId, respondentId, { ...anna, roleGroup: "management", team: null, locale: "en" })).toEqual({
      changed: [],
    });
  });

  it("refuses an e-mail address another respondent of the engagement has", async () => {
    await addRespondent(f.consultant, engagementId, anna);
    const { respondentId } = await addRespondent(f.consultant, engagementId, { ...anna, name: "Bert", email: "bert@klant.example" });
    expect(await code(updateRespondent(f.consultant, engagementId, respondentId, { ...anna, name: "Bert", email: "Anna@KLANT.example" }))).toBe(
      "duplicate_respondent",
    );
    expect((await getRespondent(f.consultant, engagementId, respondentId)).email).toBe("bert@klant.example");
  });
});

describe("personal links", () => {
  it("revoking ends the link at once; reissuing gives a new working one and ends the old", async () => {
    const { respondentId, link: first } = await addRespondent(f.consultant, engagementId, anna);
    await revokePersonalLinks(f.consultant, engagementId, respondentId);
    expect(await findRespondentByToken(db, tokenOf(first))).toBeNull();
    expect((await getRespondent(f.consultant, engagementId, respondentId)).linkRevokedAt).toBeInstanceOf(Date);

    const { link: second } = await reissuePersonalLink(f.consultant, engagementId, respondentId);
    expect((await findRespondentByToken(db, tokenOf(second)))?.id).toBe(respondentId);
    expect((await getRespondent(f.consultant, engagementId, respondentId)).linkRevokedAt).toBeNull();
    const { link: third } = await reissuePersonalLink(f.consultant, engagementId, respondentId);
    expect(await findRespondentByToken(db, tokenOf(second))).toBeNull();
    expect(await findRespondentByToken(db, tokenOf(third))).not.toBeNull();

    const actions = (await auditOf(respondentId)).map((e) => e.action);
    expect(actions).toEqual(["respondent.added", "respondent.links_revoked", "respondent.link_reissued", "respondent.link_reissued"]);
    expect(JSON.stringify(await auditOf(respondentId))).not.toContain(tokenOf(third));
  });

  it("creates a first link only when none works (otherwise a reissue is needed)", async () => {
    const { respondentId } = await addRespondent(f.consultant, engagementId, anna);
    expect(await code(createPersonalLink(f.consultant, engagementId, respondentId))).toBe("conflict");
    await revokePersonalLinks(f.consultant, engagementId, respondentId);
    const { link } = await createPersonalLink(f.consultant, engagementId, respondentId);
    expect((await findRespondentByToken(db, tokenOf(link)))?.id).toBe(respondentId);
    expect((await auditOf(respondentId)).at(-1)?.action).toBe("respondent.link_issued");
  });
});

describe("erasure", () => {
  it("deletes the person with their links and outbox messages; the audit keeps only who and which id", async () => {
    const { respondentId, link } = await addRespondent(f.consultant, engagementId, anna);
    const other = await addRespondent(f.consultant, engagementId, { ...anna, name: "Bert", email: "bert@klant.example" });
    await db.insert(emailOutbox).values({
      firmId: f.consultant.firm.id,
      engagementId,
      respondentId,
      kind: "invitation",
      toAddress: "anna@klant.example",
      subject: "Uitnodiging",
      textBody: "Beste Anna, {{link}}",
      htmlBody: "<p>Beste Anna</p>",
    });
    await removeRespondent(f.owner, engagementId, respondentId);

    expect(await db.select().from(respondents).where(eq(respondents.id, respondentId))).toEqual([]);
    expect(await db.select().from(respondentLinks).where(eq(respondentLinks.respondentId, respondentId))).toEqual([]);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.firmId, f.consultant.firm.id))).toEqual([]);
    expect(await findRespondentByToken(db, tokenOf(link))).toBeNull();
    await expect(getRespondent(f.consultant, engagementId, respondentId)).rejects.toBeInstanceOf(NotFoundError);
    // Bert is untouched.
    await expect(getRespondent(f.consultant, engagementId, other.respondentId)).resolves.toMatchObject({ name: "Bert" });

    const entries = await db.select().from(auditLog).where(eq(auditLog.firmId, f.consultant.firm.id));
    const erased = entries.find((e) => e.action === "respondent.erased");
    expect(erased).toMatchObject({ actorUserId: f.owner.user.id, entityType: "respondent", entityId: respondentId, details: { engagementId } });
    expect(JSON.stringify(entries)).not.toMatch(/anna|vries/i);
  });
});

describe("the tracking list", () => {
  it("lists everyone with their active links and the status of their latest e-mail", async () => {
    const a = await addRespondent(f.consultant, engagementId, anna);
    const b = await addRespondent(f.consultant, engagementId, { ...anna, name: "Bert", email: "bert@klant.example" });
    await revokePersonalLinks(f.consultant, engagementId, b.respondentId);
    const message = {
      firmId: f.consultant.firm.id,
      engagementId,
      respondentId: a.respondentId,
      toAddress: "anna@klant.example",
      subject: "s",
      textBody: "t",
      htmlBody: "h",
    };
    await db.insert(emailOutbox).values({ ...message, kind: "invitation", status: "sent", createdAt: new Date(Date.now() - 60_000) });
    await db.insert(emailOutbox).values({ ...message, kind: "reminder", status: "failed", lastError: "550 mailbox unavailable" });

    const list = await listRespondents(f.consultant, engagementId);
    expect(list.map((r) => [r.name, r.activeLinks, r.latestEmail?.kind ?? null, r.latestEmail?.status ?? null])).toEqual([
      ["Anna de Vries", 1, "reminder", "failed"],
      ["Bert", 0, null, null],
    ]);
    expect(list[0]!.latestEmail?.lastError).toBe("550 mailbox unavailable");
    expect(list[1]!.linkRevokedAt).toBeInstanceOf(Date);
  });

  it("shows the seeded demo engagement with people in every status, and nothing of another engagement", async () => {
    const open = f.firmAEngagements.find((e) => e.status === "open" && e.title === "Sales Maturity Scan 2026")!;
    const list = await listRespondents(f.owner, open.id);
    expect(list).toHaveLength(12);
    expect(list.every((r) => r.engagementId === open.id)).toBe(true);
    expect(await listRespondents(f.owner, engagementId)).toEqual([]);
  });
});

describe("another firm gets not-found for everything and changes nothing", () => {
  async function snapshot() {
    const rows = await db.select().from(respondents).orderBy(respondents.id);
    const links = await db.select().from(respondentLinks).orderBy(respondentLinks.id);
    const audit = await db.select().from(auditLog).orderBy(auditLog.id);
    return { rows, links, audit };
  }

  it("for every respondent function", async () => {
    const { respondentId, link } = await addRespondent(f.consultant, engagementId, anna);
    const before = await snapshot();
    const b: FirmContext = f.otherFirm;
    // Thunks: each call starts only when awaited, so no rejection goes unhandled.
    const calls: (() => Promise<unknown>)[] = [
      () => listRespondents(b, engagementId),
      () => getRespondent(b, engagementId, respondentId),
      () => addRespondent(b, engagementId, { ...anna, email: "nieuw@klant.example" }),
      () => updateRespondent(b, engagementId, respondentId, { ...anna, name: "Gekaapt" }),
      () => removeRespondent(b, engagementId, respondentId),
      () => createPersonalLink(b, engagementId, respondentId),
      () => reissuePersonalLink(b, engagementId, respondentId),
      () => revokePersonalLinks(b, engagementId, respondentId),
    ];
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
    expect(await findRespondentByToken(db, tokenOf(link))).not.toBeNull();
  });

  it("also when firm B passes one of its own engagements with firm A's respondent", async () => {
    const { respondentId } = await addRespondent(f.consultant, engagementId, anna);
    const [bEngagement] = await db.select().from(engagements).where(eq(engagements.firmId, f.otherFirm.firm.id));
    const before = await snapshot();
    await expect(getRespondent(f.otherFirm, bEngagement!.id, respondentId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeRespondent(f.otherFirm, bEngagement!.id, respondentId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(reissuePersonalLink(f.otherFirm, bEngagement!.id, respondentId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateRespondent(f.otherFirm, bEngagement!.id, respondentId, anna)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });

  it("within one firm, a respondent named under another engagement is not found", async () => {
    const { respondentId } = await addRespondent(f.consultant, engagementId, anna);
    const other = f.firmAEngagements.find((e) => e.id !== engagementId)!;
    await expect(getRespondent(f.consultant, other.id, respondentId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeRespondent(f.consultant, other.id, respondentId)).rejects.toBeInstanceOf(NotFoundError);
    const still = await db.select().from(respondents).where(and(eq(respondents.id, respondentId), eq(respondents.engagementId, engagementId)));
    expect(still).toHaveLength(1);
  });

  it("treats malformed ids as not found", async () => {
    for (const id of ["", "abc", "1 or 1=1", "00000000-0000-0000-0000-000000000000"]) {
      await expect(listRespondents(f.consultant, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getRespondent(f.consultant, engagementId, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(addRespondent(f.consultant, id, anna)).rejects.toBeInstanceOf(NotFoundError);
      await expect(removeRespondent(f.consultant, engagementId, id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
