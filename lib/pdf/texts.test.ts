import { describe, expect, it } from "vitest";
import { fill, REPORT_TEXTS } from "./texts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("report labels", () => {
  it("have the same keys in Dutch and English, none empty", () => {
    expect(Object.keys(REPORT_TEXTS.en).sort()).toEqual(Object.keys(REPORT_TEXTS.nl).sort());
    for (const texts of Object.values(REPORT_TEXTS)) for (const value of Object.values(texts)) expect(value.trim()).not.toBe("");
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(REPORT_TEXTS.nl) as (keyof typeof REPORT_TEXTS.nl)[]) {
      expect(placeholders(REPORT_TEXTS.en[key]), key).toEqual(placeholders(REPORT_TEXTS.nl[key]));
    }
  });

  it("differ where the languages differ (not an untranslated copy)", () => {
    expect(REPORT_TEXTS.nl.pageOf).not.toBe(REPORT_TEXTS.en.pageOf);
    expect(REPORT_TEXTS.nl.draftMark).toBe("Concept");
    expect(REPORT_TEXTS.en.draftMark).toBe("Draft");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fill(REPORT_TEXTS.nl.pageOf, { page: 1, total: 12 })).toBe("Pagina 1 van 12");
    expect(fill(REPORT_TEXTS.en.pageOf, { page: 3, total: 12 })).toBe("Page 3 of 12");
    expect(fill("{a} {b}", { a: "x" })).toBe("x {b}");
  });
});
