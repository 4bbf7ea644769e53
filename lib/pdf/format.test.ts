import { describe, expect, it } from "vitest";
import { asciiSlug } from "./format";
import { reportFileName, type ReportData } from "./index";

function data(clientName: string, overrides: Partial<ReportData> = {}): ReportData {
  return {
    locale: "nl",
    status: "published",
    version: 2,
    issuedAt: new Date("2026-11-29T23:30:00Z"),
    results: { engagement: { clientName } },
    ...overrides,
  } as unknown as ReportData;
}

const SAFE = /^[a-z0-9-]+\.pdf$/;

describe("reportFileName", () => {
  it("is short lower-case ASCII with the Dutch date, the version and the language", () => {
    expect(reportFileName(data("Groen Installatietechniek"))).toBe("salesradar-groen-installatietechniek-2026-11-30-v2-nl.pdf");
    expect(reportFileName(data("Café Ölander & Zn.", { status: "draft", version: null }))).toBe("salesradar-cafe-olander-zn-2026-11-30-concept-nl.pdf");
    expect(reportFileName(data("X", { status: "draft", version: null, locale: "en" }))).toBe("salesradar-x-2026-11-30-draft-en.pdf");
  });

  it("differs between the Dutch and the English PDF of the same version", () => {
    const nl = reportFileName(data("Groen Installatietechniek", { locale: "nl" }));
    const en = reportFileName(data("Groen Installatietechniek", { locale: "en" }));
    expect(nl).not.toBe(en);
    expect(en).toBe("salesradar-groen-installatietechniek-2026-11-30-v2-en.pdf");
  });

  it.each([
    ['<script>alert("1")</script>'],
    ["../../etc/passwd"],
    ['a"b\'c\\d/e'],
    ["مرحبا بالعالم שלום"],
    ["😀👍🏽"],
    ["\u202eevil\u202c.exe"],
    ["x".repeat(5000)],
    ["Groen ".repeat(1000)],
    [""],
  ])("stays safe for %j", (name) => {
    const file = reportFileName(data(name));
    expect(file).toMatch(SAFE);
    expect(file.length).toBeLessThanOrEqual(80);
    expect(file.startsWith("salesradar-")).toBe(true);
  });

  it("falls back to a generic name when nothing ASCII is left", () => {
    expect(reportFileName(data("😀 مرحبا"))).toBe("salesradar-rapport-2026-11-30-v2-nl.pdf");
  });

  it("cuts long names at a dash", () => {
    expect(asciiSlug("alpha beta gamma delta epsilon zeta eta theta iota kappa", 20)).toBe("alpha-beta-gamma");
  });
});
