import { describe, expect, it } from "vitest";
import { FONT_FAMILY, FONT_STACK, fontStackFor, LAYOUT_CACHE_LIMIT, loadReportFonts, memoiseLayout, printable, splitOnlyOverlongWords } from "./fonts";

await loadReportFonts();

describe("printable", () => {
  it("keeps HTML, accents, Arabic and Hebrew literally", () => {
    for (const text of ['<script>alert("x")</script>', "Café Ölander – € ≥ ✓", "مرحبا بالعالم", "שלום עולם", "line 1\nline 2"]) {
      expect(printable(text)).toBe(text);
    }
  });

  it("drops what no shipped font can draw, and control characters", () => {
    expect(printable("ok 👍🏽 done")).toBe("ok  done");
    expect(printable("a\u0000b\u0007c")).toBe("a b c");
    expect(printable("x\ud800y")).toBe("xy");
  });

  it("uses the fallback font only when a text needs it", () => {
    expect(fontStackFor(["Groen Installatietechniek", "Café ë é ’ €"])).toEqual([FONT_FAMILY]);
    expect(fontStackFor(["Groen", "مرحبا"])).toEqual(FONT_STACK);
  });
});

describe("hyphenation", () => {
  it("is off for real words, but lets an overlong run break", () => {
    expect(splitOnlyOverlongWords("arbeidsongeschiktheidsverzekering")).toEqual(["arbeidsongeschiktheidsverzekering"]);
    expect(splitOnlyOverlongWords("x".repeat(50))).toEqual(["x".repeat(20), "x".repeat(20), "x".repeat(10)]);
  });
});

describe("the shaping cache", () => {
  function countingFont() {
    const calls: unknown[][] = [];
    const font = {
      hasGlyphForCodePoint: () => true,
      layout: (...args: unknown[]) => {
        calls.push(args);
        return { glyphs: [args[0]], positions: [] };
      },
    };
    memoiseLayout(font);
    return { font, calls };
  }

  it("shapes each string and feature set once and returns the same run after that", () => {
    const { font, calls } = countingFont();
    const first = font.layout("Salesorganisatie", [], undefined, undefined, "ltr");
    expect(font.layout("Salesorganisatie", [], undefined, undefined, "ltr")).toBe(first);
    expect(font.layout("Salesorganisatie", ["liga"], undefined, undefined, "ltr")).not.toBe(first);
    expect(font.layout("Salesorganisatie", [], undefined, undefined, "rtl")).not.toBe(first);
    expect(calls).toHaveLength(3);
  });

  it("never caches a call with an explicit script or language, and wraps a font only once", () => {
    const { font, calls } = countingFont();
    font.layout("שלום", [], "hebr", undefined, "rtl");
    font.layout("שלום", [], "hebr", undefined, "rtl");
    memoiseLayout(font);
    font.layout("x");
    font.layout("x");
    expect(calls).toHaveLength(3);
  });

  it("stays bounded: a full cache starts over", () => {
    const { font, calls } = countingFont();
    for (let i = 0; i <= LAYOUT_CACHE_LIMIT; i++) font.layout(`t${i}`);
    font.layout("t0");
    expect(calls).toHaveLength(LAYOUT_CACHE_LIMIT + 2);
  });
});
