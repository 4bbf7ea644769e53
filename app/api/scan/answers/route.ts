import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { isDatabaseUnavailable } from "@/db/availability";
import { ScanError } from "@/lib/scan/errors";
import { isSameOrigin, NO_STORE, readBoundedText, scanErrorResponse, sessionOf } from "@/lib/scan/http";
import { SCAN_COOKIE } from "@/lib/scan/session";
import { loadAnswers, saveAnswers } from "@/lib/scan/queries";
import { MAX_SAVE_BODY_BYTES, saveBatchSchema } from "@/lib/scan/schemas";
import { failSoft, unavailableResponse } from "@/lib/unavailable";

/** The respondent's stored answers ([value, seq] per key): a second tab refreshes from this on focus. */
async function handleGET(request: NextRequest) {
  const ctx = await sessionOf(request);
  if (!ctx) return scanErrorResponse("invalid_session");
  const { answers, maxSeq } = await loadAnswers(await getDb(), ctx.respondent.id);
  const status = ctx.respondent.submittedAt ? "submitted" : ctx.engagement.status === "open" ? "open" : "closed";
  return Response.json({ answers, maxSeq, status }, { headers: NO_STORE });
}

/**
 * Autosave: { answers: [{ key, value, seq }] } → { applied, current, maxSeq }. Everything is
 * checked before anything is written; a refused batch changes nothing.
 */
async function handlePOST(request: NextRequest) {
  if (!isSameOrigin(request)) return scanErrorResponse("forbidden_origin");
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return scanErrorResponse("malformed");
  const body = await readBoundedText(request, MAX_SAVE_BODY_BYTES);
  if (!body.ok) return scanErrorResponse("too_large");
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return scanErrorResponse("malformed");
  }
  const parsed = saveBatchSchema.safeParse(json);
  if (!parsed.success) return scanErrorResponse("malformed");
  const sessionToken = request.cookies.get(SCAN_COOKIE)?.value;
  if (!sessionToken || sessionToken.length < 20 || sessionToken.length > 200) return scanErrorResponse("invalid_session");
  try {
    // One statement resolves the session, checks it and saves (lib/scan/save.ts).
    const result = await saveAnswers(await getDb(), { sessionToken }, parsed.data.answers);
    return Response.json(result, { headers: NO_STORE });
  } catch (error) {
    if (error instanceof ScanError) return scanErrorResponse(error.code, error.key ? { key: error.key } : {});
    if (isDatabaseUnavailable(error)) console.warn(`[unavailable] POST /api/scan/answers: ${error instanceof Error ? error.message : error}`);
    else console.error("[scan autosave]", error);
    return unavailableResponse(request);
  }
}

export const GET = failSoft(handleGET);
export const POST = failSoft(handlePOST);
