import { describe, expect, it } from "vitest";
import { FONT_FAMILY, FONT_STACK, fontStackFor, loadReportFonts, printable, splitOnlyOverlongWords } from "./fonts";

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
