/**
 * Small, pure helpers for building e-mail HTML safely: everything a person typed (names,
 * the consultant's introduction, the firm name) passes through `escapeHtml`, and the firm's
 * colour is only used when it is a plain hex colour, so it cannot break out of a style.
 */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Plain text (e.g. the consultant's introduction) as HTML paragraphs: escaped, blank lines
 * start a new paragraph, single line breaks are kept.
 */
export function textToHtmlParagraphs(text: string, paragraphStyle: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => `<p style="${paragraphStyle}">${p.split("\n").map(escapeHtml).join("<br>")}</p>`)
    .join("\n");
}

export const DEFAULT_BRAND_COLOR = "#1d4ed8";

/** The firm's primary colour when it is a hex colour (#rgb or #rrggbb), else the default. */
export function safeColor(color: string | null | undefined): string {
  if (!color) return DEFAULT_BRAND_COLOR;
  const c = color.trim();
  if (/^#[0-9a-f]{6}$/i.test(c)) return c.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(c)) return `#${[...c.slice(1)].map((d) => d + d).join("")}`.toLowerCase();
  return DEFAULT_BRAND_COLOR;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two hex colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(safeColor(a)), luminance(safeColor(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black text on the given background, whichever reads better. */
export function textColorOn(background: string): string {
  return contrastRatio(background, "#ffffff") >= contrastRatio(background, "#0f172a") ? "#ffffff" : "#0f172a";
}

/** The brand colour for links on white, or the default blue when the brand colour is too light. */
export function linkColor(brand: string): string {
  return contrastRatio(brand, "#ffffff") >= 4.5 ? safeColor(brand) : DEFAULT_BRAND_COLOR;
}
