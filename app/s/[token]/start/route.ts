import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { isSameOrigin, NO_STORE, seeOther, setScanCookies } from "@/lib/scan/http";
import { clientAddress } from "@/lib/security/client-address";
import { startScan } from "@/lib/scan/queries";
import { failSoft } from "@/lib/unavailable";

/**
 * "Start": exchanges the personal link for the scan cookie and continues on /scan, a URL
 * without the token. Anything else goes back to the landing page, which explains it.
 */
async function handlePOST(request: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403, headers: NO_STORE });
  const { token } = await params;
  const result = await startScan(await getDb(), { token, ip: clientAddress(request.headers) });
  if (result.kind !== "started") return seeOther(`/s/${encodeURIComponent(token)}`);
  const response = new NextResponse(null, { status: 303, headers: { Location: "/scan", ...NO_STORE } });
  setScanCookies(response, result.token, result.expiresAt);
  return response;
}

export const POST = failSoft(handlePOST);
