/** The firm's colours on the scan: only #rrggbb is used, with a text colour that stays readable on it. */

export function safeHexColor(value: string | null | undefined): string | null {
  return value && /^#[0-9a-fA-F]{6}$/.test(value) ? value.toLowerCase() : null;
}

function channel(hex: string, offset: number): number {
  const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE = "#ffffff";
const INK = "#0f172a";
const DEFAULT_BRAND = "#1d4ed8";

/**
 * CSS variables for the scan: --firm-primary (the brand colour) and --scan-on-brand (white or
 * near-black, whichever contrasts more). A brand colour too light to be readable as text on
 * white is still used for surfaces, while links and outlines use --scan-brand-ink.
 */
export function brandStyle(primary: string | null | undefined): Record<string, string> {
  const brand = safeHexColor(primary) ?? DEFAULT_BRAND;
  const onBrand = contrastRatio(brand, WHITE) >= contrastRatio(brand, INK) ? WHITE : INK;
  const ink = contrastRatio(brand, WHITE) >= 4.5 ? brand : INK;
  return { "--firm-primary": brand, "--scan-on-brand": onBrand, "--scan-brand-ink": ink };
}
