import { describe, expect, it } from "vitest";
import { parseReportQuery, previewHref, reportHref } from "./urls";

const q = (s: string) => parseReportQuery(new URLSearchParams(s));

describe("report URLs", () => {
  it("parses version, language and disposition", () => {
    expect(q("")).toEqual({ version: "latest", locale: null, disposition: "attachment" });
    expect(q("version=draft&lang=en&disposition=inline")).toEqual({ version: "draft", locale: "en", disposition: "inline" });
    expect(q("version=12&lang=nl")).toEqual({ version: 12, locale: "nl", disposition: "attachment" });
    // Unknown language or disposition fall back to the defaults.
    expect(q("version=1&lang=de&disposition=evil")).toEqual({ version: 1, locale: null, disposition: "attachment" });
  });

  it("refuses malformed versions", () => {
    for (const v of ["0", "-1", "1.5", "abc", "01", "9999999999", "draft "]) expect(q(`version=${encodeURIComponent(v)}`), v).toBeNull();
  });

  it("builds the route and preview URLs", () => {
    expect(reportHref("e1", { version: "draft", locale: "en", disposition: "inline" })).toBe("/api/engagements/e1/report?version=draft&lang=en&disposition=inline");
    expect(reportHref("e1", { version: 2 })).toBe("/api/engagements/e1/report?version=2");
    expect(previewHref("e1", 3, "nl")).toBe("/engagements/e1/roadmap/preview?version=3&lang=nl");
  });
});
