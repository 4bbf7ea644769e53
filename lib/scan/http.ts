import "server-only";
/** Small helpers the scan's route handlers share: origin check, bounded bodies, cookies, errors. */
import type { NextRequest, NextResponse } from "next/server";
import { getDb } from "../../db";
import { env } from "../env";
import { SCAN_ERROR_STATUS, type ScanErrorCode } from "./errors";
import { isSameOriginRequest } from "./origin";
import { resolveScanSession, SCAN_COOKIE, SCAN_PAGE_COOKIE, type ScanContext } from "./session";

export const NO_STORE = { "Cache-Control": "no-store" } as const;

export function isSameOrigin(request: Request): boolean {
  const origins = [new URL(env.appUrl).origin, new URL(request.url).origin];
  return isSameOriginRequest(request.headers, origins);
}

export function scanErrorResponse(code: ScanErrorCode, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error: code, ...extra }, { status: SCAN_ERROR_STATUS[code], headers: NO_STORE });
}

/** A 303 to a path of this site (relative Location: correct behind any proxy). */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, ...NO_STORE } });
}

/**
 * Reads the body as text, refusing more than `limit` bytes (checked against Content-Length
 * first, then while streaming, so a lying or absent header does not help).
 */
export async function readBoundedText(request: Request, limit: number): Promise<{ ok: true; text: string } | { ok: false }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) return { ok: false };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    chunks.push(value);
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}

export async function sessionOf(request: NextRequest): Promise<ScanContext | null> {
  return resolveScanSession(await getDb(), request.cookies.get(SCAN_COOKIE)?.value);
}

/** Sets the session cookie (Path=/) and the page marker (Path=/scan). */
export function setScanCookies(response: NextResponse, token: string, expiresAt: Date): void {
  const base = { httpOnly: true, sameSite: "lax" as const, secure: env.isProduction, expires: expiresAt };
  response.cookies.set(SCAN_COOKIE, token, { ...base, path: "/" });
  response.cookies.set(SCAN_PAGE_COOKIE, "1", { ...base, path: "/scan" });
}
