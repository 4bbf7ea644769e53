/**
 * The small Markdown subset of docs/methodology.md, parsed into blocks the PDF appendix can
 * draw: headings, paragraphs, bullet/numbered lists and tables, with **bold** spans. Pure; used
 * by scripts/generate-method-appendix.ts (and its staleness test), never at render time.
 */
import type { Locale } from "../model/types";

export interface Span {
  readonly text: string;
  readonly bold?: true;
}

export type MethodBlock =
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly spans: readonly Span[] }
  | { readonly kind: "list"; readonly ordered: boolean; readonly items: readonly (readonly Span[])[] }
  | { readonly kind: "table"; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

export type MethodAppendix = Readonly<Record<Locale, readonly MethodBlock[]>>;

/** "a **b** `c`" → spans; backticks and unmatched markers are dropped, the text kept. */
export function spansOf(text: string): Span[] {
  const spans: Span[] = [];
  const parts = text.replace(/`([^`]*)`/g, "$1").split(/\*\*/);
  const closed = parts.length % 2 === 1;
  parts.forEach((part, i) => {
    if (part === "") return;
    const bold = closed && i % 2 === 1;
    const last = spans[spans.length - 1];
    if (last && Boolean(last.bold) === bold) spans[spans.length - 1] = bold ? { text: last.text + part, bold: true } : { text: last.text + part };
    else spans.push(bold ? { text: part, bold: true } : { text: part });
  });
  return spans;
}

const plain = (text: string) => spansOf(text).map((s) => s.text).join("");

const LIST_ITEM = /^\s*(?:([-*])|(\d+)[.)])\s+(.*)$/;
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

function cellsOf(line: string): string[] {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => plain(c.trim()));
}

/** Blocks of one language section (the lines under its "## " heading). */
export function parseBlocks(lines: readonly string[]): MethodBlock[] {
  const blocks: MethodBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === "") {
      i++;
    } else if (/^#{1,6}\s/.test(line)) {
      blocks.push({ kind: "heading", text: plain(line.replace(/^#+\s*/, "").trim()) });
      i++;
    } else if (line.trim().startsWith("|")) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.trim().startsWith("|")) {
        if (!TABLE_RULE.test(lines[i]!.trim())) rows.push(cellsOf(lines[i]!));
        i++;
      }
      blocks.push({ kind: "table", header: rows[0] ?? [], rows: rows.slice(1) });
    } else if (LIST_ITEM.test(line)) {
      const ordered = Boolean(LIST_ITEM.exec(line)![2]);
      const items: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== "") {
        const m = LIST_ITEM.exec(lines[i]!);
        if (m) items.push(m[3]!.trim());
        else items[items.length - 1] += ` ${lines[i]!.trim()}`; // continuation line
        i++;
      }
      blocks.push({ kind: "list", ordered, items: items.map(spansOf) });
    } else {
      const text: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== "" && !/^#{1,6}\s/.test(lines[i]!) && !LIST_ITEM.test(lines[i]!) && !lines[i]!.trim().startsWith("|")) {
        text.push(lines[i]!.trim());
        i++;
      }
      blocks.push({ kind: "paragraph", spans: spansOf(text.join(" ")) });
    }
  }
  return blocks;
}

const SECTION_OF: Readonly<Record<string, Locale>> = { nederlands: "nl", english: "en" };

/**
 * Sections of the document that stay out of the client's PDF: the worked example is for
 * consultants (and a quarter of the appendix's render time); the PDF points to it instead.
 */
export const SECTIONS_OUTSIDE_THE_PDF: readonly string[] = ["Rekenvoorbeeld", "Worked example"];

/** The blocks without the named sections (a heading and everything up to the next heading). */
export function withoutSections(blocks: readonly MethodBlock[], titles: readonly string[]): MethodBlock[] {
  let skipping = false;
  return blocks.filter((block) => {
    if (block.kind === "heading") skipping = titles.includes(block.text);
    return !skipping;
  });
}

/** The methodology document split into its Dutch ("## Nederlands") and English ("## English") sections. */
export function parseMethodology(markdown: string): MethodAppendix {
  const sections: Record<Locale, string[]> = { nl: [], en: [] };
  let current: Locale | null = null;
  for (const line of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const h2 = /^##\s+(.+?)\s*$/.exec(line);
    if (h2 && !line.startsWith("###")) {
      current = SECTION_OF[h2[1]!.toLowerCase()] ?? null;
      continue;
    }
    if (current) sections[current].push(line);
  }
  if (sections.nl.length === 0 || sections.en.length === 0) {
    throw new Error('docs/methodology.md needs a "## Nederlands" and a "## English" section');
  }
  return {
    nl: withoutSections(parseBlocks(sections.nl), SECTIONS_OUTSIDE_THE_PDF),
    en: withoutSections(parseBlocks(sections.en), SECTIONS_OUTSIDE_THE_PDF),
  };
}

export const METHOD_SOURCE = "docs/methodology.md";
export const METHOD_MODULE = "lib/pdf/method-appendix.generated.ts";

/** The TypeScript module the generator writes (compared byte for byte by the staleness test). */
export function appendixModuleSource(appendix: MethodAppendix): string {
  return [
    `// Generated from ${METHOD_SOURCE} by scripts/generate-method-appendix.ts (npm run generate:method).`,
    "// Do not edit: change the document and regenerate; a unit test fails when this file is stale.",
    'import type { MethodAppendix } from "./markdown";',
    "",
    `export const METHOD_APPENDIX: MethodAppendix = ${JSON.stringify(appendix, null, 2)};`,
    "",
  ].join("\n");
}
