/**
 * CSV for spreadsheets, made to open cleanly in Dutch Excel: UTF-8 with a byte order mark
 * (so Excel does not read it as Windows-1252), semicolons between cells, CRLF line ends and a
 * decimal comma for Dutch (a decimal point for English). Text cells that Excel would read as a
 * formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe, so a
 * respondent's comment like "=HYPERLINK(…)" stays text (CSV/formula injection). Numbers the
 * portal computes are written as numbers and never altered. Pure.
 */

export const CSV_BOM = "\uFEFF";
export const CSV_DELIMITER = ";";

/** A cell: text (from people, neutralised), a number (ours), or empty. */
export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** "," for Dutch Excel, "." for English. */
  readonly decimal: "," | ".";
  /** Decimals for non-integer numbers (default 2). */
  readonly decimals?: number;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes an apostrophe when Excel would otherwise treat the text as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a cell when it holds the delimiter, a quote or a line break (quotes doubled). */
export function quoteCell(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatNumber(value: number, options: CsvOptions): string {
  if (!Number.isFinite(value)) return "";
  const decimals = options.decimals ?? 2;
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const text = Number.isInteger(rounded) ? String(rounded === 0 ? 0 : rounded) : rounded.toFixed(decimals).replace(/0+$/, "");
  return options.decimal === "," ? text.replace(".", ",") : text;
}

export function csvCell(value: CsvCell, options: CsvOptions): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value, options);
  return quoteCell(neutraliseFormula(value));
}

/** The whole file: BOM, one line per row, CRLF line ends. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  return CSV_BOM + rows.map((row) => row.map((cell) => csvCell(cell, options)).join(CSV_DELIMITER)).join("\r\n") + "\r\n";
}

/** An ASCII file name from a title: "Scan salesteam Q4" → "scan-salesteam-q4". */
export function fileSlug(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "traject";
}

/** Content-Disposition for a download, with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
