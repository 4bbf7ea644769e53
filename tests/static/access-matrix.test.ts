/**
 * Completeness of the access matrix (tests/access/access-matrix.ts): every page, route handler
 * method and server action that exists is listed, and nothing listed has disappeared. The
 * roles "respondent" and "anonymous" appear only on the public pages and routes.
 */
import { describe, expect, it } from "vitest";
import { ACTIONS, PAGES, PUBLIC_ONLY_ROLES, ROUTES } from "../access/access-matrix";
import { discoverPages, discoverRoutes, loadActions } from "../access/discover";

const PUBLIC_URL = /^\/(login|set-password|s\/|scan|api\/scan|api\/health|api\/auth|api\/firms\/\[firmId\]\/logo)|^\/$/;

describe("the access matrix", () => {
  it("lists every page, and only pages that exist", () => {
    const pages = discoverPages().map((p) => p.url).sort();
    expect(pages.length).toBeGreaterThan(30);
    expect(Object.keys(PAGES).sort()).toEqual(pages);
  });

  it("lists every route handler method, and only those that exist", () => {
    const routes = discoverRoutes().map((r) => r.key).sort();
    expect(routes.length).toBeGreaterThan(10);
    expect(Object.keys(ROUTES).sort()).toEqual(routes);
  });

  it("lists every server action of the registry, and only those", async () => {
    const { registry } = await loadActions();
    expect(registry.size).toBeGreaterThan(25);
    expect(Object.keys(ACTIONS).sort()).toEqual([...registry.keys()].sort());
    // Public actions (no session) are public in the registry too, and the other way round.
    for (const [name, permission] of registry) {
      if (permission !== "public") expect(ACTIONS[name]!.allow.some((r) => PUBLIC_ONLY_ROLES.includes(r)), name).toBe(false);
    }
  });

  it("allows respondents and anonymous visitors only on the public pages and routes", () => {
    const offenders = [
      ...Object.entries(PAGES).map(([url, roles]) => [url, url, roles] as const),
      ...Object.entries(ROUTES).map(([key, roles]) => [key, key.split(" ")[1]!, roles] as const),
    ].filter(([, url, roles]) => roles.some((r) => PUBLIC_ONLY_ROLES.includes(r)) && !PUBLIC_URL.test(url));
    expect(offenders.map(([key]) => key)).toEqual([]);
  });
});
