/**
 * Keeps lib/results/client-safe.ts the ONE way to client-safe results: no other application
 * file may call lib/scoring's clientSafeView itself (a client page, an export or the PDF built on
 * it directly would skip the engagement's own k, weighting and firm check), and client-facing
 * code must not reach for the consultant's results (names, per-respondent scores).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");
const sources = ["app", "components", "lib"]
  .flatMap((d) => walk(path.join(ROOT, d)))
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
  .map(rel);

describe("client-safe results", () => {
  it("only lib/results/client-safe.ts calls lib/scoring's clientSafeView", () => {
    const callers = sources.filter(
      (f) => !f.startsWith("lib/scoring/") && /\bclientSafeView\s*\(/.test(readFileSync(path.join(ROOT, f), "utf8")),
    );
    expect(callers).toEqual(["lib/results/client-safe.ts"]);
  });

  it("client-facing code (PDF, client pages) uses clientSafeResults, never the consultant's results", () => {
    const CLIENT_FACING = ["lib/pdf/", "lib/reports/", "lib/portal/", "app/portal/", "app/api/portal/", "components/portal/"];
    const clientFacing = sources.filter((f) => CLIENT_FACING.some((prefix) => f.startsWith(prefix)));
    expect(clientFacing.length).toBeGreaterThan(20);
    const offenders = clientFacing.filter((f) => /getEngagementResults|loadSubmittedResponses|analyseEngagement/.test(readFileSync(path.join(ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
