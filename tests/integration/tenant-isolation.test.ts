import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { firms, memberships } from "../../db/schema";
import { getClient, listClients } from "../../lib/clients/queries";
import { getEngagement, listEngagements } from "../../lib/engagements/queries";
import { NotFoundError } from "../../lib/errors";
import { renameFirm } from "../../lib/firms/queries";
import { listTeam, reissueSetPasswordLink, removeMember } from "../../lib/team/queries";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
});

describe("a consultant of firm B gets nothing of firm A", () => {
  it("sees only firm B's clients and engagements in lists", async () => {
    const clients = await listClients(f.otherFirm, { includeArchived: true });
    expect(clients.map((c) => c.firmId)).toEqual([f.otherFirm.firm.id]);
    const engagements = await listEngagements(f.otherFirm);
    expect(engagements.length).toBeGreaterThan(0);
    expect(engagements.every((e) => e.firmId === f.otherFirm.firm.id)).toBe(true);
    const team = await listTeam(f.otherFirm);
    expect(team.map((m) => m.email)).toEqual(["consultant@noord-salesadvies.nl"]);
  });

  it("gets not-found for every record of firm A looked up by id", async () => {
    expect(f.firmAClients.length).toBe(3);
    for (const client of f.firmAClients) {
      await expect(getClient(f.otherFirm, client.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listEngagements(f.otherFirm, { clientId: client.id })).rejects.toBeInstanceOf(NotFoundError);
      // The owning firm does see it: the check is the firm, not a broken query.
      await expect(getClient(f.consultant, client.id)).resolves.toMatchObject({ id: client.id });
    }
    for (const engagement of f.firmAEngagements) {
      await expect(getEngagement(f.otherFirm, engagement.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getEngagement(f.owner, engagement.id)).resolves.toMatchObject({ id: engagement.id });
    }
  });

  it("cannot remove or re-invite firm A's people, and changes nothing trying", async () => {
    await expect(removeMember(f.otherFirm, f.consultant.user.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(reissueSetPasswordLink(f.otherFirm, f.consultant.user.id)).rejects.toBeInstanceOf(NotFoundError);
    const stillThere = await db.select().from(memberships).where(eq(memberships.userId, f.consultant.user.id));
    expect(stillThere).toHaveLength(1);
  });

  it("renames only its own firm", async () => {
    await renameFirm(f.otherFirm, "Noord Sales B.V.");
    const [a] = await db.select().from(firms).where(eq(firms.id, f.owner.firm.id));
    const [b] = await db.select().from(firms).where(eq(firms.id, f.otherFirm.firm.id));
    expect(a?.name).toBe("Demo Advies");
    expect(b?.name).toBe("Noord Sales B.V.");
  });

  it("treats malformed ids as not found instead of failing", async () => {
    for (const id of ["", "abc", "1 or 1=1", "00000000-0000-0000-0000-000000000000"]) {
      await expect(getClient(f.consultant, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getEngagement(f.consultant, id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
