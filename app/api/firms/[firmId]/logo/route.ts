import { getDb } from "@/db";
import { publicFirmLogo } from "@/lib/branding/queries";
import { failSoft } from "@/lib/unavailable";

/**
 * A firm's logo, public on purpose: respondents (no account) and mail clients (no session)
 * load it. Firm ids are random UUIDs, and a logo is what a firm shows to the outside anyway.
 * The bytes were checked to be PNG or JPEG at upload and are checked again when read; nosniff
 * and a deny-all CSP keep a browser from treating them as anything else.
 */
const SAFE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'",
  "Cross-Origin-Resource-Policy": "cross-origin",
};

// An hour: a new logo gets a new URL (?v=hash) where we link it, and the ETag makes revalidation cheap.
const CACHE = "public, max-age=3600";

async function handleGET(request: Request, { params }: { params: Promise<{ firmId: string }> }) {
  const { firmId } = await params;
  const logo = await publicFirmLogo(await getDb(), firmId);
  if (!logo) return new Response(null, { status: 404, headers: { ...SAFE_HEADERS, "Cache-Control": "no-store" } });
  const headers = { ...SAFE_HEADERS, "Cache-Control": CACHE, ETag: logo.etag };
  if (request.headers.get("if-none-match")?.split(",").some((tag) => tag.trim() === logo.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(new Uint8Array(logo.bytes), {
    headers: { ...headers, "Content-Type": logo.mimeType, "Content-Length": String(logo.bytes.length) },
  });
}

export const GET = failSoft(handleGET);
