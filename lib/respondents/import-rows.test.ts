import { describe, expect, it } from "vitest";
import { model2026_1 } from "../model";
import { serializeCsv } from "./csv";
import { checkImport, normaliseLabel, type ImportCheck, type ImportOptions } from "./import-rows";

const options: ImportOptions = { defaultLocale: "nl", existingEmails: new Set(), roleLabels: model2026_1.roleGroups };
const check = (text: string, extra: Partial<ImportOptions> = {}) => checkImport(text, { ...options, ...extra });
const okCheck = (result: ImportCheck) => {
  if (!result.ok) throw new Error(`shape error ${result.shape.code}`);
  return result;
};

describe("checkImport: headers", () => {
  it.each([
    ["naam;e-mail;rol;team;taal", ";"],
    ["Name,Email,Role,Team,Language", ","],
    ["NAAM\tE-mailadres\tRolgroep\tAfdeling\tTaal", "\t"],
    [" Volledige naam ; E-mail adres ; Role group ; Department ; Locale ", ";"],
    ["name,e_mail,ROLE-GROUP,team,lang", ","],
  ])("recognises %j", (header, d) => {
    const row = ["Anna", "anna@x.nl", "Verkoop", "Noord", "en"].join(d);
    const result = okCheck(check(`${header}\n${row}`));
    expect(result.invalid).toEqual([]);
    expect(result.valid).toEqual([{ row: 2, name: "Anna", email: "anna@x.nl", roleGroup: "sales", team: "Noord", locale: "en" }]);
  });

  it("accepts the columns in any order and ignores unknown ones, naming them", () => {
    const result = okCheck(check("Rol;Opmerking;E-mail;Naam\nManagement;x;b@x.nl;Bert"));
    expect(result.valid[0]).toMatchObject({ name: "Bert", email: "b@x.nl", roleGroup: "management", team: null, locale: "nl" });
    expect(result.ignoredColumns).toEqual(["Opmerking"]);
  });

  it("refuses text without a recognisable header", () => {
    expect(check("Anna;anna@x.nl;Verkoop\nBert;b@x.nl;Sales")).toEqual({ ok: false, shape: { code: "no_header" } });
  });

  it("names the missing required columns", () => {
    expect(check("naam;team\nAnna;Noord")).toEqual({ ok: false, shape: { code: "missing_columns", missing: ["email", "roleGroup"] } });
    expect(check("email\na@x.nl")).toEqual({ ok: false, shape: { code: "missing_columns", missing: ["name", "roleGroup"] } });
  });

  it("refuses a column given twice", () => {
    expect(check("naam;name;email;rol\nA;B;a@x.nl;sales")).toEqual({ ok: false, shape: { code: "duplicate_column", column: "name" } });
  });

  it("refuses empty text, a header without rows, too many rows and an unterminated quote", () => {
    expect(check("")).toEqual({ ok: false, shape: { code: "empty" } });
    expect(check(" \n\n;;\n")).toEqual({ ok: false, shape: { code: "empty" } });
    expect(check("naam;email;rol\n\n")).toEqual({ ok: false, shape: { code: "no_rows" } });
    const three = "naam;email;rol\nA;a@x.nl;sales\nB;b@x.nl;sales\nC;c@x.nl;sales";
    expect(check(three, { maxRows: 2 })).toEqual({ ok: false, shape: { code: "too_many_rows", max: 2 } });
    expect(check('naam;email;rol\nA;a@x.nl;sales\n"B;b@x.nl;sales')).toEqual({ ok: false, shape: { code: "unterminated_quote", row: 3 } });
  });
});

describe("checkImport: values", () => {
  it.each([
    ["Verkoop", "sales"],
    ["sales", "sales"],
    ["Sales", "sales"],
    [" VERKOOP ", "sales"],
    ["Accountmanagement", "account_management"],
    ["Account management", "account_management"],
    ["account_management", "account_management"],
    ["Klantenservice", "customer_service"],
    ["Customer service", "customer_service"],
    ["Overig", "other"],
    ["Other", "other"],
    ["Management", "management"],
    ["Marketing", "marketing"],
  ])("reads role %j as %s", (value, group) => {
    expect(okCheck(check(`naam;email;rol\nA;a@x.nl;${value}`)).valid[0]?.roleGroup).toBe(group);
  });

  it.each([
    ["", "nl"],
    ["NL", "nl"],
    ["Nederlands", "nl"],
    ["en", "en"],
    ["English", "en"],
    ["Engels", "en"],
  ])("reads language %j as %s", (value, locale) => {
    expect(okCheck(check(`naam;email;rol;taal\nA;a@x.nl;sales;${value}`)).valid[0]?.locale).toBe(locale);
  });

  it("uses the engagement's language when the column is missing or empty", () => {
    expect(okCheck(check("naam;email;rol\nA;a@x.nl;sales", { defaultLocale: "en" })).valid[0]?.locale).toBe("en");
  });

  it("trims values, collapses whitespace and stores e-mail addresses in lower case", () => {
    const result = okCheck(check('naam;email;rol;team\n"  Anna\n de   Vries ";  Anna@Example.NL ;sales;  '));
    expect(result.valid[0]).toMatchObject({ name: "Anna de Vries", email: "anna@example.nl", team: null });
  });

  it("keeps names with HTML or formula characters verbatim, as plain text", () => {
    const name = '=HYPERLINK("http://evil.example","<b>klik</b>")';
    const result = okCheck(check(serializeCsv([["naam", "email", "rol"], [name, "a@x.nl", "sales"], ["+31 Piet", "p@x.nl", "sales"]], ";")));
    expect(result.valid.map((r) => r.name)).toEqual([name, "+31 Piet"]);
  });
});

describe("checkImport: every bad row with its row number and reasons", () => {
  const long = (n: number) => "x".repeat(n);
  const text = serializeCsv(
    [
      ["naam", "email", "rol", "team", "taal"],
      ["Goed", "goed@x.nl", "Verkoop", "", ""],
      ["", "leeg@x.nl", "Verkoop", "", ""],
      ["Piet", "geen-adres", "Verkoop", "", ""],
      ["Kees", "kees@x.nl", "Directie", "", ""],
      ["Dubbel", "GOED@x.nl", "sales", "", ""],
      ["Bestaand", "Al@Bekend.nl", "sales", "", ""],
      [long(121), "lang@x.nl", "sales", "", ""],
      ["Team", "team@x.nl", "sales", long(121), ""],
      ["Taal", "taal@x.nl", "sales", "", "Frans"],
      ["Geen rol", "rol@x.nl", "", "", ""],
      ["Geen mail", "", "sales", "", ""],
      ["Lange mail", `${long(250)}@x.nl`, "sales", "", ""],
      ["", "", "", "", ""],
      ["", "meer@", "?", "", "de"],
    ],
    ";",
  );
  const result = okCheck(check(text, { existingEmails: new Set(["al@bekend.nl"]) }));

  it("keeps the good row", () => {
    expect(result.valid.map((r) => r.row)).toEqual([2]);
  });

  it("lists each bad row with all its reasons; the blank row is skipped but counted", () => {
    expect(result.invalid.map((r) => [r.row, r.problems])).toEqual([
      [3, [{ code: "missing_name" }]],
      [4, [{ code: "invalid_email" }]],
      [5, [{ code: "unknown_role", value: "Directie" }]],
      [6, [{ code: "duplicate_in_file", firstRow: 2 }]],
      [7, [{ code: "already_added" }]],
      [8, [{ code: "name_too_long", max: 120 }]],
      [9, [{ code: "team_too_long", max: 120 }]],
      [10, [{ code: "unknown_language", value: "Frans" }]],
      [11, [{ code: "missing_role" }]],
      [12, [{ code: "missing_email" }]],
      [13, [{ code: "email_too_long", max: 254 }]],
      [
        15,
        [{ code: "missing_name" }, { code: "invalid_email" }, { code: "unknown_role", value: "?" }, { code: "unknown_language", value: "de" }],
      ],
    ]);
  });

  it("shortens what it echoes of a bad row", () => {
    const row8 = result.invalid.find((r) => r.row === 8);
    expect(row8?.name.length).toBe(80);
    expect(row8?.name.endsWith("…")).toBe(true);
  });
});

describe("checkImport: volume", () => {
  it("accepts 2,000 rows in one go, and flags a duplicate anywhere among 5,000", () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `Persoon ${i};p${i}@x.nl;Verkoop;Team ${i % 7};`);
    const two = okCheck(check(["naam;e-mail;rol;team;taal", ...rows(2000)].join("\n")));
    expect(two.valid).toHaveLength(2000);
    expect(two.invalid).toEqual([]);
    const many = rows(5000);
    many[4321] = "Kopie;P17@X.NL;sales;;";
    const five = okCheck(check(["naam;e-mail;rol;team;taal", ...many].join("\n")));
    expect(five.valid).toHaveLength(4999);
    expect(five.invalid).toEqual([{ row: 4323, name: "Kopie", email: "p17@x.nl", problems: [{ code: "duplicate_in_file", firstRow: 19 }] }]);
  });
});

describe("normaliseLabel", () => {
  it("drops case, accents, spaces and punctuation", () => {
    expect(normaliseLabel(" E-mail Adrés ")).toBe("emailadres");
    expect(normaliseLabel("role_group")).toBe("rolegroup");
  });
});

describe("checkImport: rows that do not line up with the header", () => {
  it("says a row has more columns than the header, instead of a wrong e-mail, role and language", () => {
    const text = ["Naam;E-mail;Rol;Taal", "Goed;goed@x.nl;sales;nl", '=HYPERLINK("http://x";"klik");h@x.nl;sales;nl', "Kort;kort@x.nl"].join("\n");
    const result = okCheck(check(text));
    expect(result.valid.map((r) => r.row)).toEqual([2]);
    expect(result.invalid.map((r) => [r.row, r.problems])).toEqual([
      [3, [{ code: "column_count", expected: 4, found: 5 }]],
      [4, [{ code: "column_count", expected: 4, found: 2 }]],
    ]);
  });

  it("still accepts a row that leaves out empty optional columns at the end", () => {
    const text = ["Naam;E-mail;Rol;Team;Taal", "Kees;kees@x.nl;sales", "Anna;anna@x.nl;sales;"].join("\n");
    expect(okCheck(check(text)).invalid).toEqual([]);
  });

  it("counts a shifted row with an empty last cell as one column too many", () => {
    const text = ["Naam;E-mail;Rol;Team;Taal", '=HYPERLINK("http://x";"klik");h@x.nl;sales;;'].join("\n");
    expect(okCheck(check(text)).invalid.map((r) => r.problems)).toEqual([[{ code: "column_count", expected: 5, found: 6 }]]);
  });
});
