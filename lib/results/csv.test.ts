import { describe, expect, it } from "vitest";
import { attachmentHeader, csvCell, fileSlug, formatNumber, neutraliseFormula, toCsv } from "./csv";

const nl = { decimal: "," } as const;
const en = { decimal: "." } as const;

describe("CSV for Dutch Excel", () => {
  it("starts with a BOM, separates with semicolons and ends lines with CRLF", () => {
    const text = toCsv(
      [
        ["Naam", "Score"],
        ["Anna", 3.25],
      ],
      nl,
    );
    expect(text).toBe("\uFEFFNaam;Score\r\nAnna;3,25\r\n");
  });

  it("writes numbers with a decimal comma (nl) or point (en), never in exponent form", () => {
    expect(formatNumber(3.1666666, nl)).toBe("3,17");
    expect(formatNumber(3.1666666, en)).toBe("3.17");
    expect(formatNumber(4, nl)).toBe("4");
    expect(formatNumber(2.5, nl)).toBe("2,5");
    expect(formatNumber(-0.3333, nl)).toBe("-0,33");
    expect(formatNumber(-0.001, nl)).toBe("0");
    expect(formatNumber(1 / 3, { decimal: ",", decimals: 4 })).toBe("0,3333");
    expect(formatNumber(Number.NaN, nl)).toBe("");
    // A negative number we computed stays a number (not neutralised).
    expect(csvCell(-0.5, nl)).toBe("-0,5");
  });

  it("neutralises text that Excel would run as a formula", () => {
    for (const evil of ["=HYPERLINK(\"http://x\";\"klik\")", "+31 6 1234", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]) {
      expect(neutraliseFormula(evil).startsWith("'")).toBe(true);
    }
    expect(neutraliseFormula("Gewoon tekst")).toBe("Gewoon tekst");
    expect(neutraliseFormula("a=b")).toBe("a=b");
    expect(csvCell("=1+1", nl)).toBe("'=1+1");
    expect(csvCell('=HYPERLINK("http://evil";"x")', nl)).toBe('"\'=HYPERLINK(""http://evil"";""x"")"');
  });

  it("quotes cells with a semicolon, a quote or a line break", () => {
    expect(csvCell("a;b", nl)).toBe('"a;b"');
    expect(csvCell('zei "ja"', nl)).toBe('"zei ""ja"""');
    expect(csvCell("regel 1\nregel 2", nl)).toBe('"regel 1\nregel 2"');
    expect(csvCell("komma, geen probleem", nl)).toBe("komma, geen probleem");
    expect(csvCell(null, nl)).toBe("");
    expect(csvCell(undefined, nl)).toBe("");
  });

  it("makes safe file names and headers", () => {
    expect(fileSlug("Scan salesteam Q4")).toBe("scan-salesteam-q4");
    expect(fileSlug("Één – twee/drie")).toBe("een-twee-drie");
    expect(fileSlug("!!!")).toBe("traject");
    expect(attachmentHeader("scan-q4-antwoorden.csv")).toBe(`attachment; filename="scan-q4-antwoorden.csv"; filename*=UTF-8''scan-q4-antwoorden.csv`);
    expect(attachmentHeader('a"b€.csv')).toContain('filename="a_b_.csv"');
  });
});
