/**
 * The engagement life cycle: every (from, to) pair is tried; valid ones change the status and
 * write an audit entry, invalid ones are refused with invalid_transition and change nothing.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { engagements, type EngagementStatus } from "../../db/schema";
import { changeEngagementStatus, createEngagement } from "../../lib/engagements/mutations";
import { getEngagement } from "../../lib/engagements/queries";
import { MANUAL_TRANSITIONS } from "../../lib/engagements/status";
import type { AppError } from "../../lib/errors";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";
import { auditFor, rejection, settings } from "./clients-engagements.fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
});

const clientA = () => f.firmAClients.find((c) => c.name === "Groen Installatietechniek")!;

describe("status transitions", () => {
  const STATUSES: EngagementStatus[] = ["draft", "open", "closed", "published"];
  const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));

  it.each(pairs)("%s → %s", async (from, to) => {
    const e = await createEngagement(f.consultant, settings(clientA().id, { title: `${from} naar ${to}` }));
    await db.update(engagements).set({ status: from }).where(eq(engagements.id, e.id));
    const valid = MANUAL_TRANSITIONS[from].includes(to);
    if (valid) {
      expect(await changeEngagementStatus(f.consultant, e.id, to)).toEqual({ from, to });
    } else {
      const error = await rejection(changeEngagementStatus(f.consultant, e.id, to));
      expect((error as AppError).code).toBe("invalid_transition");
    }
    const after = await getEngagement(f.consultant, e.id);
    expect(after.status).toBe(valid ? to : from);
    expect(after.revision).toBe(1); // an open settings form stays saveable
    const audit = (await auditFor(db, e.id)).filter((a) => a.action === "engagement.status_changed");
    expect(audit.map((a) => [a.actorUserId, a.details])).toEqual(valid ? [[f.consultant.user.id, { from, to }]] : []);
  });

  it("walk the whole life cycle including a reopen", async () => {
    const e = await createEngagement(f.owner, settings(clientA().id, { title: "Levensloop" }));
    for (const to of ["open", "closed", "open", "closed"] as const) await changeEngagementStatus(f.owner, e.id, to);
    // Publishing freezes a report version (lib/reports/publish), never a bare status change.
    expect(((await rejection(changeEngagementStatus(f.owner, e.id, "published"))) as AppError).code).toBe("invalid_transition");
    expect((await getEngagement(f.owner, e.id)).status).toBe("closed");
    expect((await auditFor(db, e.id)).filter((a) => a.action === "engagement.status_changed").map((a) => a.details)).toEqual([
      { from: "draft", to: "open" },
      { from: "open", to: "closed" },
      { from: "closed", to: "open" },
      { from: "open", to: "closed" },
    ]);
  });

  it("let only one of two simultaneous identical transitions through", async () => {
    const e = await createEngagement(f.owner, settings(clientA().id, { title: "Tegelijk" }));
    const results = await Promise.allSettled([changeEngagementStatus(f.owner, e.id, "open"), changeEngagementStatus(f.consultant, e.id, "open")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as AppError).code).toBe("invalid_transition");
    expect((await auditFor(db, e.id)).filter((a) => a.action === "engagement.status_changed")).toHaveLength(1);
  });
});
