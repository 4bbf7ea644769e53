import { describe, expect, it } from "vitest";
import { hasForbiddenCharacters, safeText } from "./text";

describe("the shared text schema", () => {
  it("refuses NUL, control characters, unpaired surrogates and non-characters", () => {
    for (const bad of ["a\u0000b", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\ud800", "x\udc00", "\ufdd0", "\ufffe", "\uffff", "\u{1fffe}", "\u{10ffff}"]) {
      expect(hasForbiddenCharacters(bad), JSON.stringify(bad)).toBe(true);
    }
  });

  it("accepts ordinary text in any script, emoji, tabs and line breaks", () => {
    for (const good of ["Zoë’s café", "Łódź — ≥ ✓", "日本語", "👩🏽‍💼", "line 1\nline 2\r\n\tend", ""]) {
      expect(hasForbiddenCharacters(good), good).toBe(false);
    }
  });

  it("reports invalid_characters as the field error, before length checks", () => {
    const schema = safeText().trim().min(1, "required").max(5, "too_long");
    const result = schema.safeParse("abc\u0000defghij");
    expect(result.error?.issues.map((i) => i.message)).toEqual(["invalid_characters"]);
    expect(schema.parse("  ok ")).toBe("ok");
  });
});
