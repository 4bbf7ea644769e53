import "server-only";
/**
 * Request-scoped scan state for pages: the respondent behind the scan cookie, and whether their
 * engagement still accepts answers. Cached per request (the pages, the header and
 * i18n/request.ts share one look-up).
 */
import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "../../db";
import { acceptsAnswers } from "../engagements/status";
import type { Locale } from "../model/types";
import { resolveScanSession, SCAN_COOKIE, type ScanContext } from "./session";

export type ScanState = { kind: "invalid" } | { kind: "closed"; ctx: ScanContext } | { kind: "ok"; ctx: ScanContext };

export const getScanState = cache(async (): Promise<ScanState> => {
  const token = (await cookies()).get(SCAN_COOKIE)?.value;
  if (!token) return { kind: "invalid" };
  const ctx = await resolveScanSession(await getDb(), token);
  if (!ctx) return { kind: "invalid" };
  return acceptsAnswers(ctx.engagement.status) ? { kind: "ok", ctx } : { kind: "closed", ctx };
});

/** The respondent's stored language, for i18n/request.ts on the scan pages. */
export async function scanPageLocale(): Promise<Locale | null> {
  const state = await getScanState();
  return state.kind === "invalid" ? null : state.ctx.respondent.locale;
}

/** The browser-storage key of a respondent's unsent answers (opaque: no id in the browser). */
export function scanStorageKey(respondentId: string): string {
  return `salesradar-scan-${createHash("sha256").update(`storage:${respondentId}`).digest("hex").slice(0, 20)}`;
}
