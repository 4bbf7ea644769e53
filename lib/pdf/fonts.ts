/**
 * The report's fonts, shipped in lib/pdf/fonts (OFL Noto Sans; DejaVu Sans as fallback for
 * scripts Noto Sans lacks, e.g. Arabic and Hebrew, and for symbols). Registered once per process
 * from an absolute path based on the working directory (the repository root in vitest, tsx
 * scripts and `next start`), so Turbopack does not rewrite it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

export const FONT_FAMILY = "NotoSans";
export const FALLBACK_FONT_FAMILY = "DejaVuSans";
/** Noto Sans first; DejaVu Sans for the glyphs Noto Sans lacks. */
export const FONT_STACK = [FONT_FAMILY, FALLBACK_FONT_FAMILY];

const FONT_DIR = path.resolve(/* turbopackIgnore: true */ process.cwd(), "lib", "pdf", "fonts");

let registered = false;

interface GlyphFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
let glyphFonts: GlyphFont[] | null = null;

/** Longer "words" (a pasted URL, "xxxx…") may break, or they would run off the page. */
export const OVERLONG_WORD = 40;

/**
 * Hyphenation off (Dutch words would be split oddly), except that a word longer than
 * {@link OVERLONG_WORD} characters may break every 20 characters.
 */
export function splitOnlyOverlongWords(word: string): string[] {
  const chars = [...word];
  if (chars.length <= OVERLONG_WORD) return [word];
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += 20) parts.push(chars.slice(i, i + 20).join(""));
  return parts;
}

/** Registers the fonts and turns hyphenation off (Dutch words would be split oddly). Idempotent. */
export function registerReportFonts(fontDir = FONT_DIR): void {
  if (registered) return;
  const file = (name: string) => {
    const full = path.join(fontDir, name);
    if (!existsSync(full)) throw new Error(`PDF font missing: ${full} (run from the repository root)`);
    return full;
  };
  const regular = file("NotoSans-Regular.ttf");
  const bold = file("NotoSans-Bold.ttf");
  const italic = file("NotoSans-Italic.ttf");
  const fallback = file("DejaVuSans.ttf");
  const fallbackBold = file("DejaVuSans-Bold.ttf");
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: regular, fontWeight: 400 },
      { src: bold, fontWeight: 700 },
      { src: italic, fontWeight: 400, fontStyle: "italic" },
      { src: bold, fontWeight: 700, fontStyle: "italic" },
    ],
  });
  // DejaVu has no separate italic here: the upright files serve the italic style too, because
  // react-pdf throws when a fallback family lacks the requested style.
  Font.register({
    family: FALLBACK_FONT_FAMILY,
    fonts: [
      { src: fallback, fontWeight: 400 },
      { src: fallbackBold, fontWeight: 700 },
      { src: fallback, fontWeight: 400, fontStyle: "italic" },
      { src: fallbackBold, fontWeight: 700, fontStyle: "italic" },
    ],
  });
  Font.registerHyphenationCallback(splitOnlyOverlongWords);
  registered = true;
}

type LayoutFn = (text: string, features?: unknown, script?: string, language?: string, direction?: string) => unknown;
interface LayoutFont extends GlyphFont {
  layout: LayoutFn;
  salesradarLayoutCache?: Map<string, unknown>;
}

/** Distinct strings kept per face; a report has a few thousand, so this holds several reports. */
export const LAYOUT_CACHE_LIMIT = 20_000;

/**
 * Text shaping (fontkit's OpenType lookups) is most of a render's time, and most of a report's
 * text — labels, the model's level descriptions, the method appendix — is the same every time.
 * Glyph runs depend only on the string and the features, and react-pdf copies the positions
 * before it changes them, so a shaped run can be reused. Bounded: cleared when full.
 */
export function memoiseLayout(font: LayoutFont): void {
  if (font.salesradarLayoutCache) return;
  const layout = font.layout.bind(font);
  const cache = new Map<string, unknown>();
  font.salesradarLayoutCache = cache;
  font.layout = (text, features, script, language, direction) => {
    if (script !== undefined || language !== undefined) return layout(text, features, script, language, direction);
    const key = `${direction ?? ""}\u0001${JSON.stringify(features ?? null)}\u0001${text}`;
    let run = cache.get(key);
    if (run === undefined) {
      if (cache.size >= LAYOUT_CACHE_LIMIT) cache.clear();
      run = layout(text, features, script, language, direction);
      cache.set(key, run);
    }
    return run;
  };
}

const FACES = [
  { fontWeight: 400, fontStyle: "normal" },
  { fontWeight: 700, fontStyle: "normal" },
  { fontWeight: 400, fontStyle: "italic" },
  { fontWeight: 700, fontStyle: "italic" },
] as const;

/**
 * Loads every face once: the regular ones let {@link printable} check glyph coverage, and every
 * face gets the shaping cache ({@link memoiseLayout}).
 */
export async function loadReportFonts(): Promise<void> {
  registerReportFonts();
  if (glyphFonts) return;
  const regular: GlyphFont[] = [];
  for (const fontFamily of FONT_STACK) {
    for (const face of FACES) {
      const descriptor = { fontFamily, ...face };
      await Font.load(descriptor);
      const data = (Font.getFont(descriptor) as unknown as { data: LayoutFont | null } | null)?.data;
      if (!data) continue;
      memoiseLayout(data);
      if (face.fontWeight === 400 && face.fontStyle === "normal") regular.push(data);
    }
  }
  glyphFonts = regular;
}

const coverage = new Map<number, boolean>();
// Joiners, variation selectors and skin-tone modifiers only shape a neighbouring glyph.
const SHAPING_ONLY = /[\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}]/u;

function covered(codePoint: number): boolean {
  let ok = coverage.get(codePoint);
  if (ok === undefined) {
    ok = (glyphFonts ?? []).some((f) => f.hasGlyphForCodePoint(codePoint));
    coverage.set(codePoint, ok);
  }
  return ok;
}

/**
 * The font stack for a report whose texts are all in `texts`: Noto Sans alone when it has every
 * glyph (the usual Dutch or English report; a fallback font makes text layout markedly slower),
 * else Noto Sans with DejaVu Sans as fallback.
 */
export function fontStackFor(texts: Iterable<string>): string[] {
  const primary = glyphFonts?.[0];
  if (!primary) return FONT_STACK;
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp > 0x20 && !primary.hasGlyphForCodePoint(cp) && !SHAPING_ONLY.test(ch)) return FONT_STACK;
    }
  }
  return [FONT_FAMILY];
}

/**
 * User text as the fonts can print it: characters no shipped font has a glyph for (most emoji)
 * are dropped, because react-pdf would otherwise fall back to Helvetica and print garbage over
 * the neighbouring text; control characters become spaces. Everything else stays literal.
 */
export function printable(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\n") out += ch;
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) out += " ";
    else if (SHAPING_ONLY.test(ch)) continue;
    else if (cp >= 0xd800 && cp <= 0xdfff) continue;
    else if (glyphFonts === null || covered(cp)) out += ch;
  }
  return out;
}
