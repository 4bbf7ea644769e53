import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../db/seed";
import { auditLog, clientManagers, clients, engagements, firms, memberships, reportVersions, respondents, roadmaps, scanAnswers, users } from "../../db/schema";
import { RESPONDENT_STATUSES, respondentStatus } from "../../lib/respondents/tracking";
import { migrateAgain } from "../support/migrate-again";
import { dbKind, resetDatabase, testDatabase } from "../support/db";
import { executePrepared } from "../../db/prepared";

const db = await testDatabase();
beforeEach(() => resetDatabase(db));

async function counts() {
  const count = async (
    table: typeof firms | typeof users | typeof memberships | typeof clients | typeof engagements | typeof clientManagers | typeof roadmaps | typeof reportVersions,
  ) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
  return {
    firms: await count(firms),
    users: await count(users),
    memberships: await count(memberships),
    clients: await count(clients),
    engagements: await count(engagements),
    clientManagers: await count(clientManagers),
    roadmaps: await count(roadmaps),
    reportVersions: await count(reportVersions),
  };
}

describe("database", () => {
  it("has every table of the schema after migrating, and migrating again changes nothing", async () => {
    const rows = await db.execute<{ tablename: string }>(sql`select tablename from pg_tables where schemaname = 'public' order by 1`);
    const names = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { tablename: string }[] }).rows).map((r) => r.tablename);
    expect(names).toEqual([
      "audit_log",
      "auth_sessions",
      "client_managers",
      "clients",
      "consultant_ratings",
      "email_outbox",
      "engagements",
      "firms",
      "memberships",
      "password_tokens",
      "rate_limit_buckets",
      "recovery_codes",
      "report_pdfs",
      "report_versions",
      "respondent_links",
      "respondents",
      "roadmaps",
      "scan_answers",
      "scan_sessions",
      "users",
    ]);
    await migrateAgain();
  });

  it("seeds the demo firms idempotently: twice gives the same rows", async () => {
    await seedDemo(db);
    const first = await counts();
    const firstIds = (await db.select({ id: clients.id }).from(clients)).map((r) => r.id).sort();
    await seedDemo(db);
    expect(await counts()).toEqual(first);
    expect((await db.select({ id: respondents.id }).from(respondents)).length).toBe(34);
    expect((await db.select({ id: clients.id }).from(clients)).map((r) => r.id).sort()).toEqual(firstIds);
    // Three consultants and one client manager (no membership); the closed demo engagement is
    // published once (a generated roadmap and report version 1), not again on the second run.
    expect(first).toEqual({ firms: 2, users: 4, memberships: 3, clients: 4, engagements: 5, clientManagers: 1, roadmaps: 1, reportVersions: 1 });
    const statuses = (await db.select({ s: engagements.status }).from(engagements)).map((r) => r.s);
    expect(new Set(statuses)).toEqual(new Set(["draft", "open", "published"]));
    // The demo engagements have respondents in every tracking status, ~20 of them submitted.
    const people = await db.select().from(respondents);
    expect(new Set(people.map(respondentStatus))).toEqual(new Set(RESPONDENT_STATUSES));
    expect(people).toHaveLength(34);
    expect(people.filter((p) => p.submittedAt)).toHaveLength(23);
    // Every answered item is stored: answered_count matches the item answers.
    const answers = await db.select().from(scanAnswers);
    for (const p of people) {
      const items = answers.filter((a) => a.respondentId === p.id && a.key.startsWith("item:"));
      expect(items.length, p.name).toBe(p.answeredCount);
    }
  });

  it("runs the app's connections without JIT (PostgreSQL; PGlite has none) and prepared statements on both drivers", async () => {
    const [setting] = await executePrepared<{ jit: string }>(db, "test_show_jit", sql`select current_setting('jit') as jit`);
    if (dbKind() === "postgres") expect(setting?.jit).toBe("off");
    const twice = [await executePrepared<{ n: number }>(db, "test_param", sql`select ${41}::int + 1 as n`), await executePrepared<{ n: number }>(db, "test_param", sql`select ${41}::int + 1 as n`)];
    expect(twice.map((rows) => rows[0]?.n)).toEqual([42, 42]);
  });

  it("treats e-mail addresses as unique regardless of case", async () => {
    await db.insert(users).values({ email: "Anna@Example.nl", name: "Anna" });
    await expect(db.insert(users).values({ email: "anna@example.NL", name: "Anna 2" })).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "23505" }),
    });
  });

  it("keeps audit details as JSON", async () => {
    await db.insert(auditLog).values({ action: "test", entityType: "firm", details: { fields: ["name"] } });
    const [row] = await db.select().from(auditLog);
    expect(row?.details).toEqual({ fields: ["name"] });
  });
});
