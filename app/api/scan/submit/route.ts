import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { ScanError } from "@/lib/scan/errors";
import { isSameOrigin, NO_STORE, seeOther, sessionOf } from "@/lib/scan/http";
import { submitScan } from "@/lib/scan/queries";
import { failSoft } from "@/lib/unavailable";

/** Submit (the review page's form): idempotent; afterwards every answer is read-only. */
async function handlePOST(request: NextRequest) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403, headers: NO_STORE });
  const ctx = await sessionOf(request);
  if (!ctx) return seeOther("/scan");
  try {
    await submitScan(await getDb(), ctx.respondent.id);
  } catch (error) {
    // Closed meanwhile: the review page explains it.
    if (error instanceof ScanError) return seeOther("/scan/review");
    throw error;
  }
  return seeOther("/scan/thanks");
}

export const POST = failSoft(handlePOST);
