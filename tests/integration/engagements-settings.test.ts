/**
 * Engagement settings: created as drafts on the pinned model version, k ≥ 3, previous
 * engagement of the same client and firm only, saves guarded by the revision, and the
 * response rates the overview and the tables show.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { engagements, respondents } from "../../db/schema";
import { createClient, setClientArchived } from "../../lib/clients/queries";
import { createEngagement, updateEngagement } from "../../lib/engagements/mutations";
import { getEngagement, getEngagementDetail, listEngagements, listPreviousEngagementOptions } from "../../lib/engagements/queries";
import { getEngagementResponse, listRespondentTracking } from "../../lib/engagements/response";
import type { EngagementSettings } from "../../lib/engagements/settings";
import { AppError, NotFoundError } from "../../lib/errors";
import { CURRENT_MODEL_VERSION } from "../../lib/model/version";
import { responseRates } from "../../lib/respondents/tracking";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";
import { auditFor, clientInput, fieldRule, rejection, settings } from "./clients-engagements.fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
});

describe("engagements", () => {
  const clientA = () => f.firmAClients.find((c) => c.name === "Groen Installatietechniek")!;
  const otherClientA = () => f.firmAClients.find((c) => c.name === "TechnoFlex Software")!;

  it("are created as drafts on the current model version, with an audit entry", async () => {
    const e = await createEngagement(
      f.consultant,
      settings(clientA().id, { anonymityK: 4, weighting: "respondent", scanLocale: "en", inviteIntro: "Beste team,\nvul de scan in." }),
    );
    expect(e).toMatchObject({
      firmId: f.consultant.firm.id,
      clientId: clientA().id,
      status: "draft",
      modelVersion: CURRENT_MODEL_VERSION,
      revision: 1,
      anonymityK: 4,
      weighting: "respondent",
      scanLocale: "en",
      createdBy: f.consultant.user.id,
    });
    const audit = await auditFor(db, e.id);
    expect(audit.map((a) => [a.action, a.actorUserId, a.details])).toEqual([
      ["engagement.created", f.consultant.user.id, { clientId: clientA().id, previousEngagementId: null }],
    ]);
  });

  it("refuse k below 3, in the data layer and in the database", async () => {
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(engagements);
    expect(await fieldRule(createEngagement(f.consultant, settings(clientA().id, { anonymityK: 2 })))).toBe("anonymityK:k_min");
    expect(await fieldRule(createEngagement(f.consultant, settings(clientA().id, { anonymityK: 0 })))).toBe("anonymityK:k_min");
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(engagements)).toEqual(before);
    await expect(
      db.insert(engagements).values({ firmId: f.owner.firm.id, clientId: clientA().id, title: "x", modelVersion: "2026.1", anonymityK: 2 }),
    ).rejects.toThrow();
  });

  it("refuse an archived client, and a previous engagement of another client or firm", async () => {
    const archived = await createClient(f.owner, clientInput({ name: "Oud BV" }));
    await setClientArchived(f.owner, archived.id, true);
    expect(await fieldRule(createEngagement(f.owner, settings(archived.id)))).toBe("clientId:client_archived");

    const first = await createEngagement(f.owner, settings(clientA().id, { title: "Meting 1" }));
    const ofOtherClient = await createEngagement(f.owner, settings(otherClientA().id, { title: "Andere klant" }));
    const firmBEngagement = (await listEngagements(f.otherFirm))[0]!;

    expect(await fieldRule(createEngagement(f.owner, settings(clientA().id, { previousEngagementId: ofOtherClient.id })))).toBe(
      "previousEngagementId:previous_other_client",
    );
    await expect(createEngagement(f.owner, settings(clientA().id, { previousEngagementId: firmBEngagement.id }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const second = await createEngagement(f.owner, settings(clientA().id, { title: "Meting 2", previousEngagementId: first.id }));
    expect(second.previousEngagementId).toBe(first.id);
    expect((await getEngagementDetail(f.owner, second.id)).previousEngagement).toMatchObject({ id: first.id, title: "Meting 1" });

    // On edit: not itself, not a newer one, not another client's.
    const edit = (previousEngagementId: string) =>
      updateEngagement(f.owner, first.id, first.revision, settings(clientA().id, { title: "Meting 1", previousEngagementId }));
    expect(await fieldRule(edit(first.id))).toBe("previousEngagementId:previous_self");
    expect(await fieldRule(edit(second.id))).toBe("previousEngagementId:previous_not_earlier");
    expect(await fieldRule(edit(ofOtherClient.id))).toBe("previousEngagementId:previous_other_client");
    await expect(edit(firmBEngagement.id)).rejects.toBeInstanceOf(NotFoundError);
    // Moving "second" to another client while keeping its previous engagement is refused too.
    expect(
      await fieldRule(
        updateEngagement(f.owner, second.id, second.revision, settings(otherClientA().id, { title: "Meting 2", previousEngagementId: first.id })),
      ),
    ).toBe("previousEngagementId:previous_other_client");

    // The options offered in the form follow the same rules.
    const options = await listPreviousEngagementOptions(f.owner, { forEngagementId: second.id });
    expect(options.map((o) => o.id)).toContain(first.id);
    expect(options.map((o) => o.id)).not.toContain(second.id);
    expect(options.every((o) => o.createdAt < second.createdAt)).toBe(true);
    expect((await listPreviousEngagementOptions(f.owner, { forEngagementId: first.id })).map((o) => o.id)).not.toContain(second.id);
    const forClient = await listPreviousEngagementOptions(f.owner, { clientId: clientA().id });
    expect(forClient.every((o) => o.clientId === clientA().id)).toBe(true);
    expect(forClient.map((o) => o.id)).toEqual(expect.arrayContaining([first.id, second.id]));
  });

  it("save settings with the current revision, bump it, and refuse a stale one with conflict", async () => {
    const e = await createEngagement(f.consultant, settings(clientA().id, { title: "Revisies" }));
    const saved = await updateEngagement(
      f.consultant,
      e.id,
      1,
      settings(clientA().id, { title: "Revisies (bijgewerkt)", anonymityK: 5, closesAt: new Date("2099-03-31T21:59:59.999Z"), autoReminderDaysBefore: 3 }),
    );
    expect(saved.changed).toEqual(["title", "closesAt", "anonymityK", "autoReminderDaysBefore"]);
    expect(saved.engagement).toMatchObject({ revision: 2, title: "Revisies (bijgewerkt)", anonymityK: 5, autoReminderDaysBefore: 3 });

    // Someone who loaded revision 1 saves later: refused, nothing changes.
    const stale = await rejection(updateEngagement(f.owner, e.id, 1, settings(clientA().id, { title: "Overschreven" })));
    expect(stale).toBeInstanceOf(AppError);
    expect((stale as AppError).code).toBe("conflict");
    expect(await getEngagement(f.owner, e.id)).toMatchObject({ revision: 2, title: "Revisies (bijgewerkt)" });

    // Two saves of the same revision at once: exactly one wins.
    const results = await Promise.allSettled([
      updateEngagement(f.owner, e.id, 2, settings(clientA().id, { title: "Versie A" })),
      updateEngagement(f.consultant, e.id, 2, settings(clientA().id, { title: "Versie B" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as AppError).code).toBe("conflict");
    const after = await getEngagement(f.owner, e.id);
    expect(after.revision).toBe(3);
    expect(["Versie A", "Versie B"]).toContain(after.title);

    // A save without changes keeps the revision; k below 3 is refused on edit too.
    expect((await updateEngagement(f.owner, e.id, 3, settings(clientA().id, { title: after.title }))).engagement.revision).toBe(3);
    expect(await fieldRule(updateEngagement(f.owner, e.id, 3, settings(clientA().id, { title: after.title, anonymityK: 2 })))).toBe(
      "anonymityK:k_min",
    );

    const audit = await auditFor(db, e.id);
    expect(audit.map((a) => a.action)).toEqual(["engagement.created", "engagement.updated", "engagement.updated"]);
    expect(audit[1]!.details).toEqual({ fields: ["title", "closesAt", "anonymityK", "autoReminderDaysBefore"] });
  });

  it("never change the model version, whatever the input carries", async () => {
    const e = await createEngagement(f.owner, { ...settings(clientA().id), modelVersion: "1999.1", status: "published" } as EngagementSettings);
    expect(e).toMatchObject({ modelVersion: CURRENT_MODEL_VERSION, status: "draft" });
    const { engagement } = await updateEngagement(f.owner, e.id, 1, {
      ...settings(clientA().id, { title: "Nieuw" }),
      modelVersion: "1999.1",
      revision: 99,
    } as EngagementSettings);
    expect(engagement).toMatchObject({ modelVersion: CURRENT_MODEL_VERSION, revision: 2, title: "Nieuw" });
  });

  it("reschedule the automatic reminder when the close date changes", async () => {
    const e = await createEngagement(
      f.owner,
      settings(clientA().id, { closesAt: new Date("2099-01-31T22:59:59.999Z"), autoReminderDaysBefore: 2 }),
    );
    await db.update(engagements).set({ autoReminderSentAt: new Date() }).where(eq(engagements.id, e.id));
    await updateEngagement(f.owner, e.id, 1, settings(clientA().id, { closesAt: new Date("2099-01-31T22:59:59.999Z"), autoReminderDaysBefore: 2, title: "x" }));
    expect((await getEngagement(f.owner, e.id)).autoReminderSentAt).not.toBeNull();
    await updateEngagement(f.owner, e.id, 2, settings(clientA().id, { closesAt: new Date("2099-02-28T22:59:59.999Z"), autoReminderDaysBefore: 2, title: "x" }));
    expect((await getEngagement(f.owner, e.id)).autoReminderSentAt).toBeNull();
  });

  it("report response rates overall, per role group and per respondent status", async () => {
    const e = await createEngagement(f.owner, settings(clientA().id, { title: "Respons" }));
    const empty = await getEngagementResponse(f.owner, e.id);
    expect(empty.overall).toEqual({ total: 0, submitted: 0, rate: null });
    const t = new Date();
    const rows = [
      { roleGroup: "management", invitedAt: t, startedAt: t, answeredCount: 30, submittedAt: t },
      { roleGroup: "management", invitedAt: t, startedAt: t, answeredCount: 3, submittedAt: null },
      { roleGroup: "sales", invitedAt: t, startedAt: t, answeredCount: 30, submittedAt: t },
      { roleGroup: "sales", invitedAt: t, startedAt: null, answeredCount: 0, submittedAt: null },
      { roleGroup: "sales", invitedAt: null, startedAt: null, answeredCount: 0, submittedAt: null },
      { roleGroup: "sales", invitedAt: t, startedAt: t, answeredCount: 0, submittedAt: null, linkRevokedAt: t },
      { roleGroup: "other", invitedAt: t, startedAt: t, answeredCount: 0, submittedAt: null },
    ] as const;
    await db.insert(respondents).values(
      rows.map((r, i) => ({ ...r, firmId: f.owner.firm.id, engagementId: e.id, name: `R${i}`, email: `r${i}@example.nl` })),
    );
    const response = await getEngagementResponse(f.consultant, e.id);
    expect(response.overall).toEqual({ total: 7, submitted: 2, rate: 2 / 7 });
    expect(response.byRoleGroup).toEqual({
      management: { total: 2, submitted: 1, rate: 0.5 },
      sales: { total: 4, submitted: 1, rate: 0.25 },
      other: { total: 1, submitted: 0, rate: 0 },
    });
    expect(response.byStatus).toEqual({ not_invited: 1, invited: 1, opened: 1, in_progress: 1, submitted: 2, link_revoked: 1 });

    // The tables' counts (one SQL aggregate) agree with responseRates over the rows.
    const listed = (await listEngagements(f.owner)).find((x) => x.id === e.id)!;
    expect(listed.response).toEqual(responseRates(await listRespondentTracking(f.owner, e.id)).overall);
    const forClient = await listEngagements(f.owner, { clientId: clientA().id });
    expect(forClient.find((x) => x.id === e.id)!.response).toEqual({ total: 7, submitted: 2, rate: 2 / 7 });
    expect(forClient.every((x) => x.clientId === clientA().id)).toBe(true);
    // Newest first.
    const times = forClient.map((x) => x.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
