/**
 * Text of a PDF as a reader would copy it, per page, through pdfjs-dist's legacy build (Node 20).
 * Items on one line are joined without a separator and lines with a space, so a wrapped sentence
 * comes out whole; compare with {@link normalise}d strings, since extraction may split or merge
 * whitespace.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export const normalise = (text: string): string => text.replace(/\s+/g, " ").trim();

export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? " " : "") : "")).join("");
      pages.push(normalise(text));
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
