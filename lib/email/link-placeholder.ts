/**
 * Stored e-mail bodies never hold the personal link: they carry this placeholder, and the
 * link (kept apart in email_outbox.secret_link until delivery) is put in only at send time.
 */
import { escapeHtml } from "./html";

export const LINK_PLACEHOLDER = "{{link}}";

/**
 * Text a person typed must not be able to create a placeholder (it would receive the link
 * somewhere unexpected): an invisible zero-width space splits any "{{".
 */
export function neutralisePlaceholders(value: string): string {
  return value.replaceAll("{{", "{\u200b{");
}

export function fillTextLink(body: string, link: string): string {
  return body.replaceAll(LINK_PLACEHOLDER, link);
}

export function fillHtmlLink(body: string, link: string): string {
  return body.replaceAll(LINK_PLACEHOLDER, escapeHtml(link));
}

export function countPlaceholders(body: string): number {
  return body.split(LINK_PLACEHOLDER).length - 1;
}
