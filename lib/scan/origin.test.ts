import { describe, expect, it } from "vitest";
import { brandStyle, contrastRatio } from "./branding";
import { isSameOriginRequest, safeScanPath } from "./origin";

const ours = ["https://scan.example.nl"];
const h = (init: Record<string, string>) => new Headers(init);

describe("same-origin check", () => {
  it("trusts Sec-Fetch-Site when present", () => {
    expect(isSameOriginRequest(h({ "sec-fetch-site": "same-origin" }), ours)).toBe(true);
    expect(isSameOriginRequest(h({ "sec-fetch-site": "same-site" }), ours)).toBe(false);
    expect(isSameOriginRequest(h({ "sec-fetch-site": "cross-site", origin: "https://scan.example.nl" }), ours)).toBe(false);
  });

  it("falls back to Origin (and accepts the 'null' a no-referrer policy produces)", () => {
    expect(isSameOriginRequest(h({ origin: "https://scan.example.nl" }), ours)).toBe(true);
    expect(isSameOriginRequest(h({ origin: "https://evil.example" }), ours)).toBe(false);
    expect(isSameOriginRequest(h({ origin: "null" }), ours)).toBe(true);
    expect(isSameOriginRequest(h({}), ours)).toBe(true);
  });
});

describe("helpers", () => {
  it("returns only to the scan's own pages", () => {
    expect(safeScanPath("/scan/pillar/3")).toBe("/scan/pillar/3");
    expect(safeScanPath("/scan?intro=1")).toBe("/scan?intro=1");
    expect(safeScanPath("//evil.example/scan")).toBe("/scan");
    expect(safeScanPath("/scan/../dashboard")).toBe("/scan");
    expect(safeScanPath(undefined)).toBe("/scan");
  });

  it("picks a readable text colour for the firm's colour", () => {
    expect(brandStyle("#1d4ed8")["--scan-on-brand"]).toBe("#ffffff");
    expect(brandStyle("#fde047")["--scan-on-brand"]).toBe("#0f172a");
    expect(brandStyle("#fde047")["--scan-brand-ink"]).toBe("#0f172a");
    expect(brandStyle("red; background: url(x)")["--firm-primary"]).toBe("#1d4ed8");
    for (const color of ["#1d4ed8", "#047857", "#be123c", "#fde047", "#000000", "#ffffff"]) {
      const s = brandStyle(color);
      expect(contrastRatio(s["--firm-primary"]!, s["--scan-on-brand"]!)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
