import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditLog, engagements, respondents } from "../../db/schema";
import { AppError, NotFoundError } from "../../lib/errors";
import { serializeCsv } from "../../lib/respondents/csv";
import { importRespondents, previewRespondentImport, type ImportPreview } from "../../lib/respondents/import";
import { addRespondent } from "../../lib/respondents/queries";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
let engagementId: string;

const HEADER = "naam;e-mailadres;rol;team;taal";
const people = (n: number) => Array.from({ length: n }, (_, i) => `Persoon ${i};p${i}@klant.example;Verkoop;Team ${i % 9};`);
const csv = (rows: string[]) => [HEADER, ...rows].join("\r\n");
const code = (promise: Promise<unknown>) => promise.then(() => "resolved", (e: unknown) => (e instanceof AppError ? e.code : String(e)));
const countOn = async (id: string) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(respondents).where(eq(respondents.engagementId, id)))[0]!.n;
const importAudits = () => db.select().from(auditLog).where(eq(auditLog.action, "respondents.imported"));
const clean = (preview: ImportPreview) => {
  if (!preview.ok) throw new Error(`shape error ${preview.shape.code}`);
  return preview;
};

beforeEach(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
  engagementId = f.firmAEngagements.find((e) => e.status === "draft")!.id;
});

// Triggers created by a test are dropped even when it fails (TRUNCATE does not remove them).
afterEach(async () => {
  await db.execute(sql`drop trigger if exists respondents_test_failure on respondents`);
  await db.execute(sql`drop function if exists respondents_test_failure()`);
});

async function failInsertOf(email: string, errcode: string) {
  await db.execute(
    sql.raw(`create function respondents_test_failure() returns trigger language plpgsql as $$
      begin
        if new.email = '${email}' then raise exception 'simulated failure' using errcode = '${errcode}'; end if;
        return new;
      end $$`),
  );
  await db.execute(
    sql`create trigger respondents_test_failure before insert on respondents for each row execute function respondents_test_failure()`,
  );
}

describe("the import preview", () => {
  it("lists every bad row with its number and reasons, and saves nothing", async () => {
    await addRespondent(f.consultant, engagementId, { name: "Al Bekend", email: "al@bekend.example", roleGroup: "sales", team: null, locale: "nl" });
    const text = serializeCsv(
      [
        ["Naam", "E-mail", "Rolgroep", "Team", "Taal"],
        ["Goed", "goed@klant.example", "Verkoop", "Noord", "en"],
        ["", "leeg@klant.example", "sales", "", ""],
        ["Piet", "geen-adres", "sales", "", ""],
        ["Kees", "kees@klant.example", "Directie", "", ""],
        ["Dubbel", "GOED@klant.example", "sales", "", ""],
        ["Bestaand", "AL@Bekend.example", "sales", "", ""],
        ["x".repeat(121), "lang@klant.example", "sales", "", ""],
        ["Team", "team@klant.example", "sales", "t".repeat(121), ""],
        ["Taal", "taal@klant.example", "sales", "", "Frans"],
        ["Geen rol", "rol@klant.example", "", "", ""],
        ["Geen mail", "", "sales", "", ""],
        ["Lange mail", `${"m".repeat(250)}@k.example`, "sales", "", ""],
      ],
      ";",
    );
    const preview = clean(await previewRespondentImport(f.consultant, engagementId, text));
    expect(preview.validCount).toBe(1);
    expect(preview.sample[0]).toMatchObject({ row: 2, name: "Goed", email: "goed@klant.example", roleGroup: "sales", team: "Noord", locale: "en" });
    expect(preview.invalid.map((r) => [r.row, r.problems.map((p) => p.code)])).toEqual([
      [3, ["missing_name"]],
      [4, ["invalid_email"]],
      [5, ["unknown_role"]],
      [6, ["duplicate_in_file"]],
      [7, ["already_added"]],
      [8, ["name_too_long"]],
      [9, ["team_too_long"]],
      [10, ["unknown_language"]],
      [11, ["missing_role"]],
      [12, ["missing_email"]],
      [13, ["email_too_long"]],
    ]);
    expect(await countOn(engagementId)).toBe(1);
  });

  it("uses the engagement's scan language for rows without one", async () => {
    await db.update(engagements).set({ scanLocale: "en" }).where(eq(engagements.id, engagementId));
    const preview = clean(await previewRespondentImport(f.consultant, engagementId, "name,email,role\nAnna,anna@klant.example,Sales"));
    expect(preview.sample[0]?.locale).toBe("en");
  });

  it("explains a wrong shape instead of failing", async () => {
    expect(await previewRespondentImport(f.consultant, engagementId, "voornaam;adres\nA;B")).toEqual({ ok: false, shape: { code: "no_header" } });
    expect(await previewRespondentImport(f.consultant, engagementId, "naam;team\nA;B")).toEqual({
      ok: false,
      shape: { code: "missing_columns", missing: ["email", "roleGroup"] },
    });
  });

  it("refuses more than 5 MB with file_too_large", async () => {
    const big = csv(people(1)) + "\n" + "x".repeat(5 * 1024 * 1024);
    expect(await code(previewRespondentImport(f.consultant, engagementId, big))).toBe("file_too_large");
    expect(await code(importRespondents(f.consultant, engagementId, big))).toBe("file_too_large");
    expect(await countOn(engagementId)).toBe(0);
  });

  it("is refused on a closed engagement", async () => {
    await db.update(engagements).set({ status: "closed" }).where(eq(engagements.id, engagementId));
    expect(await code(previewRespondentImport(f.consultant, engagementId, csv(people(2))))).toBe("engagement_closed");
    expect(await code(importRespondents(f.consultant, engagementId, csv(people(2))))).toBe("engagement_closed");
    expect(await countOn(engagementId)).toBe(0);
  });
});

describe("the import", () => {
  it("saves 2,000 rows in one go and audits the count", async () => {
    const text = csv(people(2000));
    expect(clean(await previewRespondentImport(f.consultant, engagementId, text)).validCount).toBe(2000);
    expect(await importRespondents(f.consultant, engagementId, text)).toEqual({ saved: true, count: 2000, skipped: 0 });
    expect(await countOn(engagementId)).toBe(2000);
    const [sample] = await db.select().from(respondents).where(eq(respondents.email, "p1234@klant.example"));
    expect(sample).toMatchObject({ name: "Persoon 1234", roleGroup: "sales", team: "Team 1", locale: "nl", firmId: f.consultant.firm.id });
    const audits = await importAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ entityType: "engagement", entityId: engagementId, details: { count: 2000 }, actorUserId: f.consultant.user.id });
    expect(JSON.stringify(audits)).not.toContain("klant.example");
  });

  it("saves nothing when any row is bad, and returns the preview", async () => {
    const rows = people(10);
    rows[6] = "Zonder adres;;Verkoop;;";
    const result = await importRespondents(f.consultant, engagementId, csv(rows));
    expect(result.saved).toBe(false);
    expect(!result.saved && result.preview.ok && result.preview.invalid.map((r) => r.row)).toEqual([8]);
    expect(await countOn(engagementId)).toBe(0);
    expect(await importAudits()).toEqual([]);
  });

  it("imports the valid rows and skips the invalid ones when the consultant chooses so, in one transaction", async () => {
    const rows = people(8);
    rows[1] = "Zonder adres;;Verkoop;;";
    rows[4] = '=HYPERLINK("http://x";"klik");h@klant.example;sales;;';
    rows[6] = "Onbekend;o@klant.example;Piloot;;";
    const text = csv(rows);
    const preview = clean(await previewRespondentImport(f.consultant, engagementId, text));
    expect([preview.validCount, preview.invalid.length]).toEqual([5, 3]);
    expect(preview.invalid[1]!.problems).toEqual([{ code: "column_count", expected: 5, found: 6 }]);
    // Counts that no longer match the check (the consultant saw another preview) save nothing.
    expect((await importRespondents(f.consultant, engagementId, text, { valid: 6, invalid: 2 })).saved).toBe(false);
    expect(await countOn(engagementId)).toBe(0);
    expect(await importRespondents(f.consultant, engagementId, text, { valid: 5, invalid: 3 })).toEqual({ saved: true, count: 5, skipped: 3 });
    expect(await countOn(engagementId)).toBe(5);
    expect((await importAudits()).map((a) => a.details)).toEqual([{ count: 5, skipped: 3 }]);
  });

  it("skipping is still all or nothing for the valid rows: a database failure saves none", async () => {
    const rows = people(6);
    rows[0] = "Zonder adres;;Verkoop;;";
    await failInsertOf("p4@klant.example", "P0001");
    await expect(importRespondents(f.consultant, engagementId, csv(rows), { valid: 5, invalid: 1 })).rejects.toThrow(/simulated failure/);
    expect(await countOn(engagementId)).toBe(0);
  });

  it("checks again at confirm: someone added row 1,500's person after the preview, so nothing is saved", async () => {
    const text = csv(people(2000));
    expect(clean(await previewRespondentImport(f.consultant, engagementId, text)).invalid).toEqual([]);
    await addRespondent(f.owner, engagementId, { name: "Tussendoor", email: "P1499@Klant.example", roleGroup: "other", team: null, locale: "nl" });
    const result = await importRespondents(f.consultant, engagementId, text);
    expect(result.saved).toBe(false);
    expect(!result.saved && result.preview.ok && result.preview.invalid).toEqual([
      { row: 1501, name: "Persoon 1499", email: "p1499@klant.example", problems: [{ code: "already_added" }] },
    ]);
    expect(await countOn(engagementId)).toBe(1);
  });

  it("is atomic: when row 1,500 of 2,000 fails in the database, none is saved", async () => {
    await failInsertOf("p1499@klant.example", "P0001");
    await expect(importRespondents(f.consultant, engagementId, csv(people(2000)))).rejects.toThrow(/simulated failure/);
    expect(await countOn(engagementId)).toBe(0);
    expect(await importAudits()).toEqual([]);
  });

  it("answers duplicate_respondent when the unique index catches a concurrent insert, saving none", async () => {
    await failInsertOf("p1499@klant.example", "23505");
    expect(await code(importRespondents(f.consultant, engagementId, csv(people(2000))))).toBe("duplicate_respondent");
    expect(await countOn(engagementId)).toBe(0);
  });

  it("does not put names or addresses of a failed import into the error message", async () => {
    await failInsertOf("p3@klant.example", "P0001");
    const error = await importRespondents(f.consultant, engagementId, csv(people(5))).catch((e: unknown) => e as Error);
    expect(String((error as Error).message)).not.toContain("klant.example");
  });

  it("stores formula-looking and HTML names verbatim", async () => {
    const names = ['=HYPERLINK("http://evil.example","klik")', "+31 Piet", "-Kees", "@Anna", "<script>alert(1)</script>"];
    const text = serializeCsv([["name", "email", "role"], ...names.map((n, i) => [n, `f${i}@klant.example`, "Sales"])], ",");
    expect(await importRespondents(f.consultant, engagementId, text)).toEqual({ saved: true, count: names.length, skipped: 0 });
    const stored = await db.select({ name: respondents.name }).from(respondents).where(eq(respondents.engagementId, engagementId));
    expect(stored.map((r) => r.name).sort()).toEqual([...names].sort());
  });

  it("another firm gets not-found for preview and import and saves nothing", async () => {
    const text = csv(people(3));
    await expect(previewRespondentImport(f.otherFirm, engagementId, text)).rejects.toBeInstanceOf(NotFoundError);
    await expect(importRespondents(f.otherFirm, engagementId, text)).rejects.toBeInstanceOf(NotFoundError);
    await expect(importRespondents(f.consultant, "not-a-uuid", text)).rejects.toBeInstanceOf(NotFoundError);
    expect(await countOn(engagementId)).toBe(0);
    expect(await importAudits()).toEqual([]);
  });
});
