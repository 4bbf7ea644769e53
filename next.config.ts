import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { buildPdfWorker } from "./scripts/pdf-worker-build";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Headers that hold for every response; the CSP with a per-request nonce and HSTS (production
// only) are set in proxy.ts, which reads the validated environment.
const baseHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on form posts,
  // which Next refuses for server actions. Links with a token (/s/…) get no-referrer below.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // CSV imports of a few thousand respondents travel through a server action; the import
    // itself refuses files over 5 MB with a clear message.
    serverActions: { bodySizeLimit: "6mb" },
  },
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  // piscina starts worker threads from files of its own (and ours, dist/pdf-worker.mjs).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "piscina"],
  async headers() {
    return [
      { source: "/:path*", headers: baseHeaders },
      { source: "/s/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      // The report PDF is previewed in a frame of the portal's own pages (later rules win).
      { source: "/api/engagements/:engagementId/report", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] },
      {
        // Static assets bypass the proxy; give them a CSP that allows nothing to run from them.
        source: "/_next/static/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

// The PDF worker thread runs a bundle of its own (dist/pdf-worker.mjs): built with every build and
// development start, however Next is invoked, so it never lags behind the code (a stale one
// rendered with an older model list).
export default async function config(phase: string): Promise<NextConfig> {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) await buildPdfWorker();
  return withNextIntl(nextConfig);
}
