import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { NO_STORE, sessionOf } from "@/lib/scan/http";
import { firmLogo } from "@/lib/scan/queries";
import { failSoft } from "@/lib/unavailable";

/** The logo of the respondent's firm, for the scan header (only for a valid scan session). */
async function handleGET(request: NextRequest) {
  const ctx = await sessionOf(request);
  if (!ctx) return new Response(null, { status: 404, headers: NO_STORE });
  const logo = await firmLogo(await getDb(), ctx.firm.id);
  if (!logo) return new Response(null, { status: 404, headers: NO_STORE });
  return new Response(new Uint8Array(logo.bytes), {
    headers: {
      "Content-Type": logo.mimeType,
      "Cache-Control": "private, max-age=300",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const GET = failSoft(handleGET);
