import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appendixModuleSource, METHOD_MODULE, METHOD_SOURCE, parseBlocks, parseMethodology, spansOf, withoutSections } from "./markdown";
import { METHOD_APPENDIX } from "./method-appendix.generated";

const root = process.cwd();

describe("the method appendix", () => {
  it("is generated from the current docs/methodology.md (run `npm run generate:method` when this fails)", () => {
    const expected = appendixModuleSource(parseMethodology(readFileSync(path.join(root, METHOD_SOURCE), "utf8")));
    expect(readFileSync(path.join(root, METHOD_MODULE), "utf8")).toBe(expected);
  });

  it("holds both languages with the document's headings", () => {
    const headings = (locale: "nl" | "en") => METHOD_APPENDIX[locale].filter((b) => b.kind === "heading").map((b) => (b as { text: string }).text);
    expect(headings("nl")).toContain("Anonimiteit: wat klanten zien");
    expect(headings("en")).toContain("Anonymity: what clients see");
    expect(headings("nl").length).toBe(headings("en").length);
  });

  it("leaves the worked example to the method document", () => {
    const all = (locale: "nl" | "en") => JSON.stringify(METHOD_APPENDIX[locale]);
    expect(all("nl")).not.toContain("Rekenvoorbeeld");
    expect(all("en")).not.toContain("Worked example");
    expect(all("nl")).toContain("Anonimiteit: wat klanten zien");
    expect(
      withoutSections(
        [
          { kind: "heading", text: "A" },
          { kind: "paragraph", spans: [{ text: "a" }] },
          { kind: "heading", text: "Skip" },
          { kind: "paragraph", spans: [{ text: "s" }] },
          { kind: "heading", text: "B" },
        ],
        ["Skip"],
      ).map((b) => (b.kind === "heading" ? b.text : "p")),
    ).toEqual(["A", "p", "B"]);
  });

  it("parses the markdown subset: headings, paragraphs, lists with continuation lines, tables, bold", () => {
    const blocks = parseBlocks([
      "### Kop",
      "Een zin die",
      "doorloopt.",
      "",
      "- **Vet**: een punt",
      "  dat doorloopt.",
      "- tweede",
      "",
      "| a | b |",
      "|---|---|",
      "| 1 | **2** |",
      "",
      "1. eerste",
      "2. tweede",
    ]);
    expect(blocks).toEqual([
      { kind: "heading", text: "Kop" },
      { kind: "paragraph", spans: [{ text: "Een zin die doorloopt." }] },
      { kind: "list", ordered: false, items: [[{ text: "Vet", bold: true }, { text: ": een punt dat doorloopt." }], [{ text: "tweede" }]] },
      { kind: "table", header: ["a", "b"], rows: [["1", "2"]] },
      { kind: "list", ordered: true, items: [[{ text: "eerste" }], [{ text: "tweede" }]] },
    ]);
    expect(spansOf("a ** b")).toEqual([{ text: "a  b" }]);
    expect(spansOf("`code` en **x**")).toEqual([{ text: "code en " }, { text: "x", bold: true }]);
  });

  it("refuses a document without both language sections", () => {
    expect(() => parseMethodology("# Titel\n\n## Nederlands\n\nTekst")).toThrow(/English/);
  });
});
