/**
 * Runs before every page request: sets a nonce-based Content-Security-Policy (and HSTS in
 * production) and sends visitors without a session token to the login page. This is a
 * convenience only; authorization happens in the data-access layer.
 */
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";

const PUBLIC_PREFIXES = ["/login", "/set-password", "/api/", "/s/", "/scan", "/_next/", "/favicon"];

/**
 * Icons (app/icon.svg and friends) and fonts are public files: respondents never log in, and a
 * redirect would leave their scan pages without an icon. Exact names only, so no page hides
 * behind an asset-like path.
 */
const PUBLIC_ASSET = /^\/(?:(?:icon|apple-icon)\d*\.(?:svg|png|ico)|fonts\/[\w.-]+\.(?:woff2?|ttf|otf))$/;

/** The report PDF shown inline in the portal's preview frame (the only page that may be framed, by the same origin). */
const FRAMABLE_REPORT = /^\/api\/engagements\/[^/]+\/report$/;

/** Firm logos are images served as bytes: nothing may run or load from them. */
const LOGO_ROUTE = /^\/api\/firms\/[^/]+\/logo$/;

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${env.isProduction ? "" : " 'unsafe-eval'"}`,
    // React and Next inject style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${env.isProduction ? "" : " ws: wss:"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = pathname === "/" ? false : PUBLIC_ASSET.test(pathname) || PUBLIC_PREFIXES.some((p) => pathname.startsWith(p));
  if (!isPublic) {
    const token = await getToken({ req: request, secret: env.authSecret });
    if (!token) {
      const url = new URL("/login", request.url);
      if (pathname !== "/") url.searchParams.set("next", `${pathname}${search}`);
      return NextResponse.redirect(url);
    }
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  // A PDF runs no script: its only policy is who may frame it.
  const csp = FRAMABLE_REPORT.test(pathname)
    ? "frame-ancestors 'self'"
    : LOGO_ROUTE.test(pathname)
      ? "default-src 'none'; frame-ancestors 'none'"
      : contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (env.isProduction) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  // The autosave endpoint is left out: it answers JSON only (no page to protect with a CSP, no
  // session to redirect: the scan cookie is checked in its one statement), and it is the hottest
  // path of the app — the proxy's per-request work is a measurable share of it (npm run bench:paths).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/scan/answers).*)" }],
};
