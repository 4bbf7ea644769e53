import "server-only";
/**
 * What a route handler answers while the database is unavailable: 503 with Retry-After, as JSON
 * for scripts and fetch() callers, as a short bilingual page for a browser's form post. Anything
 * else is rethrown (a real bug stays a 500 and is logged by Next).
 */
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../db/availability";
import { loadMessages } from "./i18n/messages";

const HEADERS = { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) };

function text(locale: "nl" | "en", key: string): string {
  const section = loadMessages(locale).unavailable as Record<string, string>;
  return section[key]!;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function unavailableResponse(request?: Request): Response {
  const wantsHtml = /\btext\/html\b/.test(request?.headers.get("accept") ?? "");
  if (!wantsHtml) return Response.json({ error: "unavailable" }, { status: 503, headers: HEADERS });
  const body = (["nl", "en"] as const)
    .map((l) => `<section lang="${l}"><h1>${escape(text(l, "title"))}</h1><p>${escape(text(l, "body"))}</p></section>`)
    .join("");
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(text("nl", "title"))}</title></head><body style="font-family:system-ui;max-width:36rem;margin:3rem auto;padding:0 1rem">${body}</body></html>`;
  return new Response(html, { status: 503, headers: { ...HEADERS, "Content-Type": "text/html; charset=utf-8" } });
}

/** Wraps a route handler: a database outage becomes 503 + Retry-After instead of a 500. */
export function failSoft<A extends [Request, ...unknown[]]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      console.warn(`[unavailable] ${args[0].method} ${new URL(args[0].url).pathname}: ${error instanceof Error ? error.message : error}`);
      return unavailableResponse(args[0]);
    }
  };
}
