/**
 * The proxy sends visitors without a session to the login page, except for the public pages
 * and the public assets: a respondent (who never logs in) must get the portal's icon.
 */
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "../../proxy";

const BASE = "http://localhost:3000";
const visit = (path: string) => proxy(new NextRequest(`${BASE}${path}`));

describe("proxy without a session", () => {
  it.each(["/icon.svg", "/icon.svg?3f2a9c1b0e", "/favicon.ico", "/apple-icon.png", "/fonts/inter-latin.woff2"])("serves the public asset %s", async (path) => {
    const response = await visit(path);
    expect(response.headers.get("location")).toBeNull();
    expect(response.status).toBe(200);
  });

  it.each(["/dashboard", "/icon.svg.evil", "/icon.svgx", "/icons/../dashboard", "/fonts/../settings", "/fonts/x/y.woff2", "/iconography"])(
    "sends %s to the login page",
    async (path) => {
      const response = await visit(path);
      expect(response.status).toBe(307);
      expect(new URL(response.headers.get("location")!).pathname).toBe("/login");
    },
  );
});
