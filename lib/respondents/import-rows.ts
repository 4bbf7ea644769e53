/**
 * Checks a pasted or uploaded respondent list before anything is saved: recognises the
 * header (Dutch or English), validates every row and lists each bad row with its reasons.
 * Pure: the import preview, the import itself and the tests all run this one function.
 */
import type { Locale, RoleGroup, Text } from "../model/types";
import { ROLE_GROUPS } from "../model/types";
import { parseCsv, type Delimiter } from "./csv";
import { EMAIL_MAX, isValidEmail, NAME_MAX, normaliseRespondentEmail, normaliseText, TEAM_MAX } from "./fields";

export const IMPORT_FIELDS = ["name", "email", "roleGroup", "team", "locale"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_FIELDS: readonly ImportField[] = ["name", "email", "roleGroup"];

/** Data rows per import; far above a client's team, low enough to preview comfortably. */
export const MAX_IMPORT_ROWS = 5000;

/** Lower case, accents and everything but letters and digits removed: "E-mail adres" → "emailadres". */
export const normaliseLabel = (value: string) =>
  value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

const HEADER_ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  name: ["naam", "name", "volledigenaam", "fullname", "respondent"],
  email: ["email", "emailadres", "emailaddress", "mail", "mailadres"],
  roleGroup: ["rol", "rolgroep", "role", "rolegroup", "functiegroep", "groep", "group"],
  team: ["team", "afdeling", "department"],
  locale: ["taal", "language", "lang", "locale", "voorkeurstaal"],
};

const LOCALE_ALIASES: ReadonlyMap<string, Locale> = new Map([
  ...["nl", "nld", "nederlands", "dutch", "nlnl", "nlbe"].map((v) => [v, "nl"] as const),
  ...["en", "eng", "engels", "english", "engb", "enus"].map((v) => [v, "en"] as const),
]);

export type ShapeError =
  | { readonly code: "empty" }
  | { readonly code: "no_header" }
  | { readonly code: "missing_columns"; readonly missing: readonly ImportField[] }
  | { readonly code: "duplicate_column"; readonly column: ImportField }
  | { readonly code: "unterminated_quote"; readonly row: number }
  | { readonly code: "no_rows" }
  | { readonly code: "too_many_rows"; readonly max: number };

export type RowProblem =
  /** The row has more cells than the header (or too few to reach a required column). */
  | { readonly code: "column_count"; readonly expected: number; readonly found: number }
  | { readonly code: "missing_name" }
  | { readonly code: "name_too_long"; readonly max: number }
  | { readonly code: "missing_email" }
  | { readonly code: "invalid_email" }
  | { readonly code: "email_too_long"; readonly max: number }
  | { readonly code: "missing_role" }
  | { readonly code: "unknown_role"; readonly value: string }
  | { readonly code: "team_too_long"; readonly max: number }
  | { readonly code: "unknown_language"; readonly value: string }
  | { readonly code: "duplicate_in_file"; readonly firstRow: number }
  | { readonly code: "already_added" };

export interface ImportRow {
  readonly row: number;
  readonly name: string;
  readonly email: string;
  readonly roleGroup: RoleGroup;
  readonly team: string | null;
  readonly locale: Locale;
}

export interface BadRow {
  readonly row: number;
  /** What the row holds, shortened for display. */
  readonly name: string;
  readonly email: string;
  readonly problems: readonly RowProblem[];
}

export type ImportCheck =
  | { readonly ok: false; readonly shape: ShapeError }
  | {
      readonly ok: true;
      readonly delimiter: Delimiter;
      readonly valid: readonly ImportRow[];
      readonly invalid: readonly BadRow[];
      /** Header cells that were not recognised (their columns are ignored). */
      readonly ignoredColumns: readonly string[];
    };

export interface ImportOptions {
  readonly defaultLocale: Locale;
  /** Lower-cased e-mail addresses already on the engagement. */
  readonly existingEmails: ReadonlySet<string>;
  /** The model's role group labels: values are accepted by key and by Dutch or English label. */
  readonly roleLabels: Readonly<Record<RoleGroup, Text>>;
  readonly maxRows?: number;
}

const DISPLAY_MAX = 80;
const shorten = (value: string) => (value.length > DISPLAY_MAX ? `${value.slice(0, DISPLAY_MAX - 1)}…` : value);

function roleLookup(labels: Readonly<Record<RoleGroup, Text>>): Map<string, RoleGroup> {
  const map = new Map<string, RoleGroup>();
  for (const group of ROLE_GROUPS) {
    for (const value of [group, labels[group].nl, labels[group].en]) map.set(normaliseLabel(value), group);
  }
  return map;
}

type ColumnMap = Partial<Record<ImportField, number>>;

function mapHeader(cells: readonly string[]): { columns: ColumnMap; ignored: string[] } | ShapeError {
  const columns: ColumnMap = {};
  const ignored: string[] = [];
  for (const [index, cell] of cells.entries()) {
    const label = normaliseLabel(cell);
    const field = IMPORT_FIELDS.find((f) => HEADER_ALIASES[f].includes(label));
    if (!field) {
      if (cell.trim() !== "") ignored.push(shorten(cell.trim()));
      continue;
    }
    if (columns[field] !== undefined) return { code: "duplicate_column", column: field };
    columns[field] = index;
  }
  if (Object.keys(columns).length === 0) return { code: "no_header" };
  const missing = REQUIRED_FIELDS.filter((f) => columns[f] === undefined);
  if (missing.length > 0) return { code: "missing_columns", missing };
  return { columns, ignored };
}

export function checkImport(text: string, options: ImportOptions): ImportCheck {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, shape: { code: "unterminated_quote", row: parsed.row } };
  const isBlank = (fields: readonly string[]) => fields.every((f) => f.trim() === "");
  const records = parsed.records.filter((r) => !isBlank(r.fields));
  const [header, ...data] = records;
  if (!header) return { ok: false, shape: { code: "empty" } };
  const mapped = mapHeader(header.fields);
  if ("code" in mapped) return { ok: false, shape: mapped };
  if (data.length === 0) return { ok: false, shape: { code: "no_rows" } };
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS;
  if (data.length > maxRows) return { ok: false, shape: { code: "too_many_rows", max: maxRows } };

  const roles = roleLookup(options.roleLabels);
  const firstRowOf = new Map<string, number>();
  const valid: ImportRow[] = [];
  const invalid: BadRow[] = [];
  const { columns } = mapped;
  const cell = (fields: readonly string[], f: ImportField) => {
    const index = columns[f];
    return index === undefined ? "" : (fields[index] ?? "");
  };

  const width = header.fields.length;
  const lastRequired = Math.max(...REQUIRED_FIELDS.map((f) => columns[f] ?? 0));
  for (const { row, fields } of data) {
    // A row that does not line up with the header (e.g. an unquoted ";" inside a formula) would
    // otherwise be reported as a wrong e-mail, role and language: say what is really wrong.
    if (fields.length > width || fields.length <= lastRequired) {
      const problem: RowProblem = { code: "column_count", expected: width, found: fields.length };
      invalid.push({ row, name: shorten(normaliseText(cell(fields, "name"))), email: shorten(normaliseText(cell(fields, "email"))), problems: [problem] });
      continue;
    }
    const problems: RowProblem[] = [];
    const name = normaliseText(cell(fields, "name"));
    if (name === "") problems.push({ code: "missing_name" });
    else if (name.length > NAME_MAX) problems.push({ code: "name_too_long", max: NAME_MAX });

    const email = normaliseRespondentEmail(cell(fields, "email"));
    if (email === "") problems.push({ code: "missing_email" });
    else if (email.length > EMAIL_MAX) problems.push({ code: "email_too_long", max: EMAIL_MAX });
    else if (!isValidEmail(email)) problems.push({ code: "invalid_email" });
    else if (options.existingEmails.has(email)) problems.push({ code: "already_added" });
    else {
      const first = firstRowOf.get(email);
      if (first === undefined) firstRowOf.set(email, row);
      else problems.push({ code: "duplicate_in_file", firstRow: first });
    }

    const roleValue = normaliseText(cell(fields, "roleGroup"));
    const roleGroup = roles.get(normaliseLabel(roleValue));
    if (roleValue === "") problems.push({ code: "missing_role" });
    else if (!roleGroup) problems.push({ code: "unknown_role", value: shorten(roleValue) });

    const team = normaliseText(cell(fields, "team"));
    if (team.length > TEAM_MAX) problems.push({ code: "team_too_long", max: TEAM_MAX });

    const localeValue = normaliseText(cell(fields, "locale"));
    const locale = localeValue === "" ? options.defaultLocale : LOCALE_ALIASES.get(normaliseLabel(localeValue));
    if (!locale) problems.push({ code: "unknown_language", value: shorten(localeValue) });

    if (problems.length > 0 || !roleGroup || !locale) {
      invalid.push({ row, name: shorten(name), email: shorten(email), problems });
    } else {
      valid.push({ row, name, email, roleGroup, team: team === "" ? null : team, locale });
    }
  }
  return { ok: true, delimiter: parsed.delimiter, valid, invalid, ignoredColumns: mapped.ignored };
}
