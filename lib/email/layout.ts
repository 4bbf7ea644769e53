/**
 * The HTML and plain-text frame every e-mail shares: the firm's name on its primary colour,
 * the content blocks, a call-to-action button with the link also written out, and a footer.
 * Table layout and inline styles because that is what mail clients render reliably.
 */
import type { Locale } from "../model/types";
import { escapeHtml, linkColor, safeColor, textColorOn, textToHtmlParagraphs } from "./html";
import { LINK_PLACEHOLDER, neutralisePlaceholders } from "./link-placeholder";

export type Block =
  /** A sentence of our own (translated); escaped like everything else. */
  | { readonly kind: "paragraph"; readonly text: string }
  /** Text a person typed (the consultant's introduction): escaped, line breaks kept. */
  | { readonly kind: "personal"; readonly text: string }
  /** The call to action: a button in HTML, "label: link" in plain text. */
  | { readonly kind: "button"; readonly label: string; readonly textLabel: string; readonly fallback: string; readonly note: string }
  | { readonly kind: "signoff"; readonly lines: readonly string[] };

export interface Frame {
  readonly locale: Locale;
  readonly subject: string;
  readonly firmName: string;
  readonly primaryColor: string | null;
  readonly blocks: readonly Block[];
  /** Small print below the message: the privacy line and where the message comes from. */
  readonly footer: readonly string[];
  /** Absolute http(s) URL of the firm's logo; the mail must read fine when images are blocked. */
  readonly logoUrl?: string | null;
  /** The firm's contact line (plain text), last in the footer. */
  readonly contactLine?: string | null;
}

function footerLines(frame: Frame): readonly string[] {
  const contact = frame.contactLine?.trim();
  return contact ? [...frame.footer, contact] : frame.footer;
}

/** Only an absolute http(s) URL without quotes or spaces goes into src. */
function safeLogoUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s"'<>]+$/.test(url) ? url : null;
}

const P = "margin:0 0 16px 0;font-size:16px;line-height:1.5;";
const SMALL = "margin:0 0 8px 0;font-size:13px;line-height:1.5;color:#475569;";

function htmlBlock(block: Block, brand: string): string {
  switch (block.kind) {
    case "paragraph":
      return `<p style="${P}">${escapeHtml(neutralisePlaceholders(block.text))}</p>`;
    case "personal":
      return textToHtmlParagraphs(neutralisePlaceholders(block.text), P);
    case "button":
      return [
        `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:24px 0;"><tr><td style="border-radius:6px;background:${brand};">`,
        `<a href="${LINK_PLACEHOLDER}" style="display:inline-block;padding:12px 24px;border-radius:6px;background:${brand};color:${textColorOn(brand)};font-size:16px;font-weight:bold;text-decoration:none;">${escapeHtml(block.label)}</a>`,
        `</td></tr></table>`,
        `<p style="${SMALL}">${escapeHtml(block.fallback)}<br><a href="${LINK_PLACEHOLDER}" style="color:${linkColor(brand)};word-break:break-all;">${LINK_PLACEHOLDER}</a></p>`,
        `<p style="${SMALL}margin-bottom:16px;">${escapeHtml(block.note)}</p>`,
      ].join("\n");
    case "signoff":
      return `<p style="${P}margin-top:24px;">${block.lines.map((l) => escapeHtml(neutralisePlaceholders(l))).join("<br>")}</p>`;
  }
}

function textBlock(block: Block): string {
  switch (block.kind) {
    case "paragraph":
    case "personal":
      return neutralisePlaceholders(block.text.replace(/\r\n?/g, "\n").trim());
    case "button":
      return `${block.textLabel}\n${LINK_PLACEHOLDER}\n\n${block.note}`;
    case "signoff":
      return block.lines.map(neutralisePlaceholders).join("\n");
  }
}

export function renderText(frame: Frame): string {
  const body = frame.blocks.map(textBlock).filter((b) => b !== "");
  return [...body, "--", ...footerLines(frame).map(neutralisePlaceholders)].join("\n\n") + "\n";
}

export function renderHtml(frame: Frame): string {
  const brand = safeColor(frame.primaryColor);
  const firm = escapeHtml(neutralisePlaceholders(frame.firmName));
  const logo = safeLogoUrl(frame.logoUrl);
  // With a logo the white logo row takes the rounded top corners; its alt text is the firm's name.
  const logoRow = logo
    ? `<tr><td style="padding:16px 24px;border-radius:8px 8px 0 0;background:#ffffff;"><img src="${escapeHtml(logo)}" alt="${firm}" height="48" style="display:block;height:48px;width:auto;max-width:240px;border:0;font-size:16px;font-weight:bold;color:#0f172a;"></td></tr>\n`
    : "";
  return `<!doctype html>
<html lang="${frame.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(neutralisePlaceholders(frame.subject))}</title>
</head>
<body style="margin:0;padding:0;background:#f1f5f9;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f5f9;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px;font-family:Arial,Helvetica,sans-serif;color:#0f172a;">
${logoRow}<tr><td style="padding:16px 24px;border-radius:${logo ? "0" : "8px 8px 0 0"};background:${brand};color:${textColorOn(brand)};font-size:18px;font-weight:bold;">${firm}</td></tr>
<tr><td style="padding:24px;">
${frame.blocks.map((b) => htmlBlock(b, brand)).join("\n")}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e2e8f0;">
${footerLines(frame).map((line) => `<p style="${SMALL}">${escapeHtml(neutralisePlaceholders(line))}</p>`).join("\n")}
</td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
}
