import { describe, expect, it } from "vitest";
import { brandingSettingsSchema, logoUploadSchema } from "./schemas";

const valid = { primaryColor: "#ABC", accentColor: "", footerText: "  Demo Advies\n· 020 123 4567  ", reportLocale: "en" };

describe("brandingSettingsSchema", () => {
  it("normalises colours and the footer, and maps empty to null", () => {
    expect(brandingSettingsSchema.parse(valid)).toEqual({
      primaryColor: "#aabbcc",
      accentColor: null,
      footerText: "Demo Advies · 020 123 4567",
      reportLocale: "en",
    });
    expect(brandingSettingsSchema.parse({ ...valid, footerText: "   " }).footerText).toBeNull();
  });

  it("refuses bad colours, long or control-character footers and unknown languages", () => {
    const issues = (input: object) => brandingSettingsSchema.safeParse({ ...valid, ...input }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ primaryColor: "red" })).toEqual([["primaryColor", "invalid_colour"]]);
    expect(issues({ accentColor: "#12345g;}" })).toEqual([["accentColor", "invalid_colour"]]);
    expect(issues({ footerText: "x".repeat(301) })).toEqual([["footerText", "too_long"]]);
    expect(issues({ footerText: "bel \u0007 ons" })).toEqual([["footerText", "invalid_characters"]]);
    expect(issues({ reportLocale: "de" })).toEqual([["reportLocale", "invalid"]]);
    expect(brandingSettingsSchema.safeParse({ ...valid, footerText: "é".repeat(300) }).success).toBe(true);
  });
});

describe("logoUploadSchema", () => {
  it("refuses a missing, empty or oversized file before reading it", () => {
    const message = (logo: unknown) => logoUploadSchema.safeParse({ logo }).error?.issues[0]?.message;
    expect(message("not a file")).toBe("logo_required");
    expect(message(new File([], "empty.png"))).toBe("logo_required");
    expect(message(new File([new Uint8Array(1024 * 1024 + 1)], "big.png"))).toBe("logo_too_large");
    expect(logoUploadSchema.safeParse({ logo: new File([new Uint8Array(10)], "x.png") }).success).toBe(true);
  });
});
