import { describe, expect, it } from "vitest";
import { checkContrast, contrastRatio, DEFAULT_PRIMARY, normaliseHexColour, passesTextOnWhite, textSafePrimary } from "./colour";

describe("normaliseHexColour", () => {
  it("accepts #rrggbb and #rgb in any case and returns lower-case #rrggbb", () => {
    expect(normaliseHexColour("#1D4ED8")).toBe("#1d4ed8");
    expect(normaliseHexColour("#AbC")).toBe("#aabbcc");
    expect(normaliseHexColour("  #000 ")).toBe("#000000");
  });

  it("refuses everything else", () => {
    for (const bad of ["", "1d4ed8", "#12345", "#1234567", "#ggg", "red", "rgb(0,0,0)", "#12345g", "#fff;}", null, undefined]) {
      expect(normaliseHexColour(bad), String(bad)).toBeNull();
    }
  });
});

describe("contrastRatio", () => {
  it("gives 21 for black on white and 1 for a colour on itself", () => {
    expect(contrastRatio("#000", "#fff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#fff", "#000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#1d4ed8", "#1d4ed8")).toBe(1);
  });

  it("matches known pairs", () => {
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("throws on a non-colour instead of guessing", () => {
    expect(() => contrastRatio("red", "#fff")).toThrow(RangeError);
  });
});

describe("contrast checks for the UI", () => {
  it("warns for #777777 (just under AA) and passes #767676", () => {
    expect(passesTextOnWhite("#777777")).toBe(false);
    expect(passesTextOnWhite("#767676")).toBe(true);
    expect(checkContrast("#777777")).toEqual({ ratio: 4.47, passes: false });
    expect(checkContrast("#777777", 3)?.passes).toBe(true);
    expect(checkContrast("nope")).toBeNull();
  });

  it("falls back to the default where white text must stay readable", () => {
    expect(textSafePrimary("#ffeb3b")).toBe(DEFAULT_PRIMARY);
    expect(textSafePrimary(null)).toBe(DEFAULT_PRIMARY);
    expect(textSafePrimary("#123")).toBe("#112233");
  });
});
