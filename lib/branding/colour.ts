/**
 * The firm's brand colours: parsing, normalising and WCAG contrast. Pure, so the settings form
 * (live warning), the app shell, the scan, the e-mails and the PDF all judge a colour the same way.
 */

export const DEFAULT_PRIMARY = "#1d4ed8";
export const DEFAULT_ACCENT = "#f59e0b";
export const WHITE = "#ffffff";

/** WCAG AA for normal text (white text on a button or band, or the colour as text on white). */
export const TEXT_CONTRAST_MIN = 4.5;
/** WCAG AA for graphics such as chart marks and accent bars (1.4.11). */
export const GRAPHIC_CONTRAST_MIN = 3;

/** "#rgb" or "#rrggbb" in any case (surrounding spaces allowed) → "#rrggbb" lower case; null otherwise. */
export function normaliseHexColour(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const v = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((d) => d + d).join("")}`;
  return null;
}

function channel(hex: string, offset: number): number {
  const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a colour that `normaliseHexColour` accepts. */
export function relativeLuminance(colour: string): number {
  const hex = normaliseHexColour(colour);
  if (!hex) throw new RangeError(`not a hex colour: ${colour}`);
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio (1–21), symmetric in its arguments. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * White text on the colour (buttons, the e-mail band, the PDF cover band) and the colour as
 * text on white (headings) are the same pair, so one ratio decides both.
 */
export function passesTextOnWhite(colour: string): boolean {
  return contrastRatio(colour, WHITE) >= TEXT_CONTRAST_MIN;
}

export interface ContrastCheck {
  readonly ratio: number;
  readonly passes: boolean;
}

/** The ratio against white, rounded down to 2 decimals for display (never shows a pass that is not one). */
export function checkContrast(colour: string, minimum = TEXT_CONTRAST_MIN): ContrastCheck | null {
  const hex = normaliseHexColour(colour);
  if (!hex) return null;
  const ratio = contrastRatio(hex, WHITE);
  return { ratio: Math.floor(ratio * 100) / 100, passes: ratio >= minimum };
}

/**
 * The colour to use where white text sits on it: the firm's own when readable, else the
 * product default (the firm's colour may still be used decoratively, e.g. an accent bar).
 */
export function textSafePrimary(colour: string | null | undefined): string {
  const hex = normaliseHexColour(colour);
  return hex && passesTextOnWhite(hex) ? hex : DEFAULT_PRIMARY;
}
