import { describe, expect, it } from "vitest";
import { contrastRatio, escapeHtml, linkColor, safeColor, textColorOn, textToHtmlParagraphs } from "./html";

describe("e-mail HTML helpers", () => {
  it("escapes the five HTML specials", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("turns text into escaped paragraphs with line breaks", () => {
    expect(textToHtmlParagraphs("a\r\nb<\n\n\n c ", "s")).toBe('<p style="s">a<br>b&lt;</p>\n<p style="s">c</p>');
    expect(textToHtmlParagraphs("  \n ", "s")).toBe("");
  });

  it("accepts only hex colours", () => {
    expect(safeColor("#ABC")).toBe("#aabbcc");
    expect(safeColor(" #047857 ")).toBe("#047857");
    expect(safeColor("red")).toBe("#1d4ed8");
    expect(safeColor("#12345g")).toBe("#1d4ed8");
    expect(safeColor(null)).toBe("#1d4ed8");
  });

  it("chooses readable text and link colours", () => {
    expect(textColorOn("#1d4ed8")).toBe("#ffffff");
    expect(textColorOn("#fde047")).toBe("#0f172a");
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 0);
    expect(linkColor("#047857")).toBe("#047857");
    expect(linkColor("#fde047")).toBe("#1d4ed8");
  });
});
