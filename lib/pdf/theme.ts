/**
 * Colours and styles of the report. The firm's colours are used for headings and accents; a
 * colour too light to read on white is darkened for text (it stays as chosen for fills).
 */
import { StyleSheet } from "@react-pdf/renderer";
import { FONT_STACK } from "./fonts";
import type { ReportBranding } from "./types";

export const DEFAULT_PRIMARY = "#1e3a5f";
export const DEFAULT_ACCENT = "#c2410c";

/** A4 height in points. */
export const A4_HEIGHT = 841.89;

export const INK = "#1f2937";
export const MUTED = "#6b7280";
export const RULE = "#e5e7eb";
export const SOFT = "#f5f6f8";

const HEX = /^#[0-9a-f]{6}$/i;

function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** Darkens a colour step by step until it reads on white (contrast ≥ 4.5). */
export function readableOnWhite(hex: string): string {
  let [r, g, b] = channels(hex);
  let out = hex;
  for (let i = 0; i < 20 && contrastOnWhite(out) < 4.5; i++) {
    [r, g, b] = [r, g, b].map((c) => Math.round(c * 0.85)) as [number, number, number];
    out = `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
  }
  return out;
}

/** White or ink, whichever reads better on a fill of this colour. */
export function textOn(hex: string): string {
  return luminance(hex) > 0.4 ? INK : "#ffffff";
}

export interface Palette {
  /** The brand colour as chosen (fills, bars, the radar). */
  readonly primary: string;
  /** The brand colour for text on white. */
  readonly primaryText: string;
  readonly accent: string;
  readonly accentText: string;
}

export function paletteOf(branding: Pick<ReportBranding, "primaryColor" | "accentColor">): Palette {
  const primary = branding.primaryColor && HEX.test(branding.primaryColor) ? branding.primaryColor.toLowerCase() : DEFAULT_PRIMARY;
  const accent = branding.accentColor && HEX.test(branding.accentColor) ? branding.accentColor.toLowerCase() : DEFAULT_ACCENT;
  return { primary, primaryText: readableOnWhite(primary), accent, accentText: readableOnWhite(accent) };
}

export const styles = StyleSheet.create({
  page: {
    fontFamily: FONT_STACK,
    fontSize: 10,
    lineHeight: 1.45,
    color: INK,
    paddingTop: 56,
    paddingBottom: 64,
    paddingHorizontal: 56,
  },
  header: {
    position: "absolute",
    top: 22,
    left: 56,
    right: 56,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8,
    color: MUTED,
  },
  footer: {
    // `top`, not `bottom`: react-pdf 4.9 drops fixed elements positioned with `bottom`.
    position: "absolute",
    top: A4_HEIGHT - 48,
    left: 56,
    right: 56,
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.5,
    borderTopColor: RULE,
    paddingTop: 6,
    fontSize: 8,
    color: MUTED,
  },
  footerText: { maxWidth: 360 },
  h1: { fontSize: 22, fontWeight: 700, marginBottom: 14, lineHeight: 1.2 },
  h2: { fontSize: 13, fontWeight: 700, marginTop: 16, marginBottom: 6, lineHeight: 1.25 },
  h3: { fontSize: 11, fontWeight: 700, marginTop: 10, marginBottom: 4 },
  paragraph: { marginBottom: 6 },
  muted: { color: MUTED },
  small: { fontSize: 8.5 },
  listItem: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 12 },
  listText: { flex: 1 },
  table: { borderTopWidth: 0.5, borderTopColor: RULE, marginTop: 4, marginBottom: 8 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 4 },
  headRow: { flexDirection: "row", borderBottomWidth: 1, paddingVertical: 4, fontWeight: 700, fontSize: 8.5 },
  cell: { flex: 1, paddingRight: 6 },
  cellWide: { flex: 2.4, paddingRight: 6 },
  cellNum: { width: 64, textAlign: "right", paddingRight: 10 },
  card: { backgroundColor: SOFT, borderRadius: 4, padding: 10, marginBottom: 8 },
  notice: { borderLeftWidth: 3, paddingLeft: 10, paddingVertical: 6, marginVertical: 8 },
});
