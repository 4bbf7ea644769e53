/**
 * CSV reading and writing for respondent imports. Pure (no Node APIs), so the browser uses
 * the same decoding as the tests.
 *
 * What consultants paste or upload comes from Excel, Google Sheets or an HR system: comma,
 * semicolon (Dutch Excel) or tab (copied cells) as delimiter, with or without a BOM, quoted
 * fields holding delimiters, quotes and line breaks. The parser follows RFC 4180 and is
 * lenient where Excel is (a stray quote inside an unquoted field is just a character).
 */

export const DELIMITERS = [";", ",", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Uploads and pasted text above this size are refused (`file_too_large`). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface CsvRecord {
  /** 1-based record number, the header included: the row number Excel shows. */
  readonly row: number;
  readonly fields: readonly string[];
}

export type CsvParseResult =
  | { readonly ok: true; readonly delimiter: Delimiter; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly delimiter: Delimiter; readonly error: "unterminated_quote"; readonly row: number };

const BOM = "\uFEFF";

/**
 * Bytes of an uploaded file as text: UTF-8 (with or without BOM), UTF-16 when it has a BOM
 * (Excel's "Unicode text"), and Windows-1252 when the bytes are not valid UTF-8 (Excel's
 * plain "CSV" on Windows), so "Müller" never turns into "M�ller".
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// 0x80–0x9F of Windows-1252 (€, quotes, dashes …); the rest equals Latin-1. Decoded by hand
// because Node's TextDecoder treats "windows-1252" as Latin-1 and would lose the euro sign.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** The first line (outside quotes) decides: the candidate delimiter it holds most often. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (const c of text.startsWith(BOM) ? text.slice(1) : text) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "\n" || c === "\r")) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(c as Delimiter)) counts.set(c as Delimiter, (counts.get(c as Delimiter) ?? 0) + 1);
    if (c.trim() !== "") seenContent = true;
  }
  let best: Delimiter = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

/** Excel's "sep=;" first line names the delimiter explicitly. */
const SEP_LINE = /^sep=([;,\t])\s*$/i;

/**
 * Splits text into records. Without a delimiter it honours a "sep=" line and otherwise
 * detects one. Line breaks may be \r\n, \n or \r. A final line break does not start an
 * empty record.
 */
export function parseCsv(input: string, options: { delimiter?: Delimiter } = {}): CsvParseResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  let delimiter = options.delimiter;
  let skipSepLine = false;
  if (!delimiter) {
    const sep = SEP_LINE.exec(text.split(/\r\n|\n|\r/, 1)[0] ?? "");
    skipSepLine = sep !== null;
    delimiter = sep ? (sep[1] as Delimiter) : detectDelimiter(text);
  }
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let fieldStart = true;
  let inQuotes = false;
  let quoteRow = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (inQuotes) {
      const close = text.indexOf('"', i);
      if (close === -1) return { ok: false, delimiter, error: "unterminated_quote", row: quoteRow };
      field += text.slice(i, close);
      if (text[close + 1] === '"') {
        field += '"';
        i = close + 2;
      } else {
        inQuotes = false;
        i = close + 1;
      }
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      quoteRow = records.length + 1;
      i += 1;
    } else if (c === delimiter) {
      fields.push(field);
      field = "";
      fieldStart = true;
      i += 1;
    } else if (c === "\n" || c === "\r") {
      fields.push(field);
      records.push({ row: records.length + 1, fields });
      fields = [];
      field = "";
      fieldStart = true;
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += c;
      fieldStart = false;
      i += 1;
    }
  }
  if (field !== "" || !fieldStart || fields.length > 0) {
    fields.push(field);
    records.push({ row: records.length + 1, fields });
  }
  // The "sep=" line keeps its row number (it is line 1 of what the consultant sees).
  return { ok: true, delimiter, records: skipSepLine ? records.slice(1) : records };
}

function quoteIfNeeded(value: string, delimiter: Delimiter): string {
  const needs = value.includes(delimiter) || /["\r\n]/.test(value) || value.startsWith(BOM);
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes records as CSV (\r\n line ends, quotes only where needed). Cells are written as
 * they are: neutralising formula-looking cells is the job of exports meant for spreadsheets.
 */
export function serializeCsv(rows: readonly (readonly string[])[], delimiter: Delimiter = ","): string {
  return rows
    .map((row) =>
      // A row of one empty cell would be an empty line, which reads back as nothing.
      row.length === 1 && row[0] === "" ? '""' : row.map((v) => quoteIfNeeded(v, delimiter)).join(delimiter),
    )
    .join("\r\n");
}
