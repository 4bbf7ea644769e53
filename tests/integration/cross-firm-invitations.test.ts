/**
 * One table over every data-access function of the invitations feature (clients, engagements,
 * respondents, imports, links, invitation rounds, outbox): called by firm B on firm A's
 * records, each one is "not found" and the database is left exactly as it was.
 */
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, respondents } from "../../db/schema";
import type { FirmContext } from "../../lib/auth/context";
import { getClient, setClientArchived, updateClient } from "../../lib/clients/queries";
import { getOutboxMessage, latestMessagesByRespondent } from "../../lib/email/queries";
import { previousOptions } from "../../lib/engagements/form-options";
import { changeEngagementStatus, createEngagement, updateEngagement } from "../../lib/engagements/mutations";
import { getEngagement, getEngagementDetail, listEngagements, listPreviousEngagementOptions } from "../../lib/engagements/queries";
import { getEngagementResponse, listRespondentTracking } from "../../lib/engagements/response";
import { NotFoundError } from "../../lib/errors";
import { getInvitationOverview } from "../../lib/invitations/queries";
import { sendInvitations, sendReminders } from "../../lib/invitations/send";
import { importRespondents, previewRespondentImport } from "../../lib/respondents/import";
import { createPersonalLink, reissuePersonalLink, revokePersonalLinks } from "../../lib/respondents/personal-links";
import { addRespondent, getRespondent, listRespondents, removeRespondent, updateRespondent } from "../../lib/respondents/queries";
import { sealLink } from "../../lib/email/sealed-link";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
let ids: { client: string; engagement: string; respondent: string; message: string };

/** Row counts and a checksum of every table: any write shows up here. */
async function fingerprint(): Promise<string> {
  const result = await db.execute<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public' order by 1`);
  const tables = (Array.isArray(result) ? result : (result as unknown as { rows: { tablename: string }[] }).rows).map((r) => r.tablename);
  const parts: string[] = [];
  for (const table of tables) {
    const r = await db.execute<{ n: number; h: string | null }>(
      sql.raw(`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as h from "${table}" t`),
    );
    const row = (Array.isArray(r) ? r : (r as unknown as { rows: { n: number; h: string | null }[] }).rows)[0];
    parts.push(`${table}:${row?.n}:${row?.h}`);
  }
  return parts.join("\n");
}

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
  const open = f.firmAEngagements.find((e) => e.status === "open")!;
  const [respondent] = await db.select().from(respondents).where(eq(respondents.engagementId, open.id)).limit(1);
  await db.insert(emailOutbox).values({
    firmId: f.owner.firm.id,
    engagementId: open.id,
    respondentId: respondent!.id,
    kind: "invitation",
    toAddress: respondent!.email,
    subject: "Uitnodiging",
    textBody: "{{link}}",
    htmlBody: "<p>{{link}}</p>",
    secretLink: sealLink("http://localhost:3000/s/secret-secret-secret-secret"),
  });
  const [message] = await db.select().from(emailOutbox).limit(1);
  ids = { client: open.clientId, engagement: open.id, respondent: respondent!.id, message: message!.id };
});

const settings = (clientId: string) => ({
  clientId,
  title: "Overname",
  respondentTitle: null,
  scanLocale: "nl" as const,
  closesAt: null,
  anonymityK: 3,
  weighting: "role_group" as const,
  previousEngagementId: null,
  inviteIntro: null,
  autoReminderDaysBefore: null,
});
const person = { name: "Indringer", email: "indringer@example.nl", roleGroup: "sales" as const, team: null, locale: "nl" as const };
const csv = "naam;e-mail;rol\nIndringer;indringer@example.nl;Verkoop";

const CALLS: [string, (b: FirmContext) => Promise<unknown>][] = [
  ["getClient", (b) => getClient(b, ids.client)],
  ["listEngagements of A's client", (b) => listEngagements(b, { clientId: ids.client })],
  ["updateClient", (b) => updateClient(b, ids.client, { name: "Overgenomen", industry: "retail", sizeBand: null, country: null, notes: null } as never)],
  ["setClientArchived", (b) => setClientArchived(b, ids.client, true)],
  ["createEngagement for A's client", (b) => createEngagement(b, settings(ids.client))],
  ["previousOptions", (b) => previousOptions(b, ids.engagement)],
  ["getEngagement", (b) => getEngagement(b, ids.engagement)],
  ["getEngagementDetail", (b) => getEngagementDetail(b, ids.engagement)],
  ["listPreviousEngagementOptions (engagement)", (b) => listPreviousEngagementOptions(b, { forEngagementId: ids.engagement })],
  ["listPreviousEngagementOptions (client)", (b) => listPreviousEngagementOptions(b, { clientId: ids.client })],
  ["updateEngagement", (b) => updateEngagement(b, ids.engagement, 1, settings(ids.client))],
  ["changeEngagementStatus", (b) => changeEngagementStatus(b, ids.engagement, "closed")],
  ["listRespondentTracking", (b) => listRespondentTracking(b, ids.engagement)],
  ["getEngagementResponse", (b) => getEngagementResponse(b, ids.engagement)],
  ["listRespondents", (b) => listRespondents(b, ids.engagement)],
  ["getRespondent", (b) => getRespondent(b, ids.engagement, ids.respondent)],
  ["addRespondent", (b) => addRespondent(b, ids.engagement, person as never)],
  ["updateRespondent", (b) => updateRespondent(b, ids.engagement, ids.respondent, person as never)],
  ["removeRespondent", (b) => removeRespondent(b, ids.engagement, ids.respondent)],
  ["createPersonalLink", (b) => createPersonalLink(b, ids.engagement, ids.respondent)],
  ["reissuePersonalLink", (b) => reissuePersonalLink(b, ids.engagement, ids.respondent)],
  ["revokePersonalLinks", (b) => revokePersonalLinks(b, ids.engagement, ids.respondent)],
  ["previewRespondentImport", (b) => previewRespondentImport(b, ids.engagement, csv)],
  ["importRespondents", (b) => importRespondents(b, ids.engagement, csv)],
  ["getInvitationOverview", (b) => getInvitationOverview(b, ids.engagement)],
  ["sendInvitations", (b) => sendInvitations(b, ids.engagement, "any")],
  ["sendReminders", (b) => sendReminders(b, ids.engagement, "any")],
  ["getOutboxMessage", (b) => getOutboxMessage(b, ids.message)],
  ["latestMessagesByRespondent", (b) => latestMessagesByRespondent(b, ids.engagement)],
];

describe("firm B on firm A's records (invitations feature)", () => {
  it.each(CALLS)("%s is not found and changes nothing", async (_name, call) => {
    const before = await fingerprint();
    await expect(call(f.otherFirm)).rejects.toBeInstanceOf(NotFoundError);
    expect(await fingerprint()).toBe(before);
  });

  it("the same calls work for firm A itself (the table is not testing broken calls)", async () => {
    await expect(getEngagementDetail(f.consultant, ids.engagement)).resolves.toBeTruthy();
    await expect(getRespondent(f.consultant, ids.engagement, ids.respondent)).resolves.toMatchObject({ id: ids.respondent });
    await expect(getOutboxMessage(f.consultant, ids.message)).resolves.toBeTruthy();
    await expect(getInvitationOverview(f.consultant, ids.engagement)).resolves.toBeTruthy();
  });
});
