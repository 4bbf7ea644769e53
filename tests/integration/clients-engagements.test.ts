/**
 * Clients: create / edit / archive with audit entries, search / sort / filter; and every
 * client and engagement function, called with firm B's context on firm A's records, is
 * not-found and changes nothing.
 */
import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, clients, engagements } from "../../db/schema";
import { createClient, getClient, listClients, setClientArchived, updateClient } from "../../lib/clients/queries";
import { changeEngagementStatus, createEngagement, updateEngagement } from "../../lib/engagements/mutations";
import { getEngagement, getEngagementDetail, listEngagements, listPreviousEngagementOptions } from "../../lib/engagements/queries";
import { getEngagementResponse, listRespondentTracking } from "../../lib/engagements/response";
import { NotFoundError } from "../../lib/errors";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";
import { auditFor, clientInput, rejection, settings } from "./clients-engagements.fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
});

describe("clients", () => {
  it("are created, edited and archived, with audit entries naming only fields", async () => {
    const client = await createClient(f.consultant, clientInput({ notes: "Vertrouwelijk: overname in 2027" }));
    expect(client).toMatchObject({ firmId: f.consultant.firm.id, name: "Acme Verpakkingen", archivedAt: null });

    const { changed } = await updateClient(f.consultant, client.id, clientInput({ name: "Acme Packaging", country: null, notes: "Nieuw" }));
    expect(changed).toEqual(["name", "country", "notes"]);
    expect(await getClient(f.owner, client.id)).toMatchObject({ name: "Acme Packaging", country: null, notes: "Nieuw" });
    // Saving the same values changes nothing and logs nothing.
    expect((await updateClient(f.consultant, client.id, clientInput({ name: "Acme Packaging", country: null, notes: "Nieuw" }))).changed).toEqual([]);

    const archived = await setClientArchived(f.consultant, client.id, true);
    expect(archived.archivedAt).toBeInstanceOf(Date);
    await setClientArchived(f.consultant, client.id, true); // twice: nothing new
    expect((await setClientArchived(f.owner, client.id, false)).archivedAt).toBeNull();

    const audit = await auditFor(db, client.id);
    expect(audit.map((a) => [a.action, a.details])).toEqual([
      ["client.created", { fields: ["name", "industry", "sizeBand", "country", "notes"] }],
      ["client.updated", { fields: ["name", "country", "notes"] }],
      ["client.archived", {}],
      ["client.unarchived", {}],
    ]);
    expect(audit.every((a) => a.firmId === f.consultant.firm.id && a.entityType === "client")).toBe(true);
    expect(JSON.stringify(audit)).not.toContain("Vertrouwelijk");
  });

  it("refuse an industry or size band outside the fixed lists", async () => {
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(clients);
    await expect(createClient(f.consultant, clientInput({ industry: "mining" as never }))).rejects.toMatchObject({ code: "invalid_input" });
    await expect(createClient(f.consultant, clientInput({ sizeBand: "2-3" as never }))).rejects.toMatchObject({ code: "invalid_input" });
    await expect(createClient(f.consultant, clientInput({ name: "  " }))).rejects.toMatchObject({ code: "invalid_input" });
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(clients)).toEqual(before);
  });

  it("are searched by name, sorted by name, newest or industry, and filtered on archived", async () => {
    const ctx = f.otherFirm; // firm B starts with one client: Havenbedrijf Delfzijl (logistics)
    const zeta = await createClient(ctx, clientInput({ name: "zeta Zorggroep", industry: "healthcare" }));
    const alfa = await createClient(ctx, clientInput({ name: "Alfa 100% Retail_", industry: "retail" }));
    const beta = await createClient(ctx, clientInput({ name: "Beta Bouw", industry: "construction_installation" }));
    await setClientArchived(ctx, beta.id, true);

    const names = async (o: Parameters<typeof listClients>[1]) => (await listClients(ctx, o)).map((c) => c.name);
    expect(await names({})).toEqual(["Alfa 100% Retail_", "Havenbedrijf Delfzijl", "zeta Zorggroep"]);
    expect(await names({ archived: "archived" })).toEqual(["Beta Bouw"]);
    expect(await names({ archived: "all" })).toEqual(["Alfa 100% Retail_", "Beta Bouw", "Havenbedrijf Delfzijl", "zeta Zorggroep"]);
    expect(await names({ includeArchived: true })).toHaveLength(4);
    expect(await names({ sort: "newest" })).toEqual(["Alfa 100% Retail_", "zeta Zorggroep", "Havenbedrijf Delfzijl"]);
    expect(await names({ sort: "industry", archived: "all" })).toEqual([
      "Beta Bouw", // construction_installation
      "zeta Zorggroep", // healthcare
      "Havenbedrijf Delfzijl", // logistics
      "Alfa 100% Retail_", // retail
    ]);
    expect(await names({ search: "ZORG" })).toEqual(["zeta Zorggroep"]);
    expect(await names({ search: "bouw" })).toEqual([]); // archived
    expect(await names({ search: "bouw", archived: "all" })).toEqual(["Beta Bouw"]);
    // Wildcards are literal characters.
    expect(await names({ search: "%" })).toEqual(["Alfa 100% Retail_"]);
    expect(await names({ search: "_" })).toEqual(["Alfa 100% Retail_"]);
    expect(await names({ search: "Bakkerij", archived: "all" })).toEqual([]); // firm A's client
    expect(zeta.id && alfa.id).toBeTruthy();
  });
});

describe("firm B's context on firm A's records", () => {
  it("gets not-found from every function and changes nothing", async () => {
    const B = f.otherFirm;
    const aClient = f.firmAClients[0]!;
    const aEngagement = await createEngagement(f.owner, settings(aClient.id, { title: "Van firma A" }));
    const bClient = (await listClients(B))[0]!;
    const snapshot = async () => ({
      clients: await db.select().from(clients).where(eq(clients.firmId, f.owner.firm.id)).orderBy(asc(clients.id)),
      engagements: await db.select().from(engagements).where(eq(engagements.firmId, f.owner.firm.id)).orderBy(asc(engagements.id)),
      audit: await db.select({ n: sql<number>`count(*)::int` }).from(auditLog),
      bEngagements: await db.select({ n: sql<number>`count(*)::int` }).from(engagements).where(eq(engagements.firmId, B.firm.id)),
    });
    const before = await snapshot();

    const attempts: [string, () => Promise<unknown>][] = [
      ["getClient", () => getClient(B, aClient.id)],
      ["updateClient", () => updateClient(B, aClient.id, clientInput({ name: "Gekaapt" }))],
      ["archive", () => setClientArchived(B, aClient.id, true)],
      ["unarchive", () => setClientArchived(B, aClient.id, false)],
      ["listEngagements(clientId)", () => listEngagements(B, { clientId: aClient.id })],
      ["getEngagement", () => getEngagement(B, aEngagement.id)],
      ["getEngagementDetail", () => getEngagementDetail(B, aEngagement.id)],
      ["listRespondentTracking", () => listRespondentTracking(B, aEngagement.id)],
      ["getEngagementResponse", () => getEngagementResponse(B, aEngagement.id)],
      ["listPreviousEngagementOptions(for)", () => listPreviousEngagementOptions(B, { forEngagementId: aEngagement.id })],
      ["listPreviousEngagementOptions(client)", () => listPreviousEngagementOptions(B, { clientId: aClient.id })],
      ["createEngagement(A's client)", () => createEngagement(B, settings(aClient.id))],
      ["createEngagement(A's previous)", () => createEngagement(B, settings(bClient.id, { previousEngagementId: aEngagement.id }))],
      ["updateEngagement", () => updateEngagement(B, aEngagement.id, 1, settings(aClient.id, { title: "Gekaapt" }))],
      ["updateEngagement(to B's client)", () => updateEngagement(B, aEngagement.id, 1, settings(bClient.id, { title: "Gekaapt" }))],
      ...(["open", "closed", "published", "draft"] as const).map(
        (to) => [`changeEngagementStatus(${to})`, () => changeEngagementStatus(B, aEngagement.id, to)] as [string, () => Promise<unknown>],
      ),
    ];
    for (const [name, attempt] of attempts) {
      const error = await rejection(attempt());
      expect(error, name).toBeInstanceOf(NotFoundError);
    }
    // Moving B's own engagement under A's client is not found either.
    const bEngagement = (await listEngagements(B))[0]!;
    await expect(
      updateEngagement(B, bEngagement.id, bEngagement.revision, settings(aClient.id, { title: bEngagement.title })),
    ).rejects.toBeInstanceOf(NotFoundError);

    expect(await snapshot()).toEqual(before);
    // Lists never show A's rows.
    expect((await listEngagements(B)).every((e) => e.firmId === B.firm.id)).toBe(true);
    const bClientIds = new Set((await listClients(B, { archived: "all" })).map((c) => c.id));
    const bOptions = await listPreviousEngagementOptions(B);
    expect(bOptions.length).toBeGreaterThan(0);
    expect(bOptions.every((o) => bClientIds.has(o.clientId))).toBe(true);
    expect((await listClients(B, { archived: "all", search: aClient.name })).length).toBe(0);
  });

  it("malformed ids are not found, not errors", async () => {
    for (const id of ["", "abc", "1 or 1=1"]) {
      await expect(updateClient(f.owner, id, clientInput())).rejects.toBeInstanceOf(NotFoundError);
      await expect(setClientArchived(f.owner, id, true)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getEngagementDetail(f.owner, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateEngagement(f.owner, id, 1, settings(f.firmAClients[0]!.id))).rejects.toBeInstanceOf(NotFoundError);
      await expect(changeEngagementStatus(f.owner, id, "open")).rejects.toBeInstanceOf(NotFoundError);
      await expect(listEngagements(f.owner, { clientId: id })).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

