/**
 * The branded PDF report. Renders computed data only (see ./types): it queries nothing, reads no
 * files but the fonts shipped in lib/pdf/fonts, and makes no network access.
 */
import { createElement } from "react";
import { renderToBuffer } from "@react-pdf/renderer";
import { reportContext } from "./context";
import { ReportDocument } from "./document";
import { loadReportFonts } from "./fonts";
import { asciiSlug, isoDay } from "./format";
import type { ReportData } from "./types";

export type { ReportData, ReportBranding } from "./types";

export async function renderReportPdf(data: ReportData): Promise<Buffer> {
  await loadReportFonts();
  const ctx = reportContext(data);
  // ReportDocument returns a <Document>; the cast only satisfies renderToBuffer's element type.
  const pdf = await renderToBuffer(createElement(ReportDocument, { ctx }) as Parameters<typeof renderToBuffer>[0]);
  // React's scheduler lets go of the finished render's root only in a later macrotask: yield one,
  // so back-to-back renders (a batch, the benchmark) do not pile up document trees in memory.
  await new Promise((resolve) => setImmediate(resolve));
  return pdf;
}

/**
 * A safe download name: ASCII letters, digits and dashes only, ending in the report language so
 * the Dutch and English PDFs of one version differ, e.g. "salesradar-groen-2026-11-29-v2-nl.pdf".
 */
export function reportFileName(data: ReportData): string {
  const client = asciiSlug(data.results.engagement.clientName, 40) || "rapport";
  const draft = data.status === "draft" ? (data.locale === "nl" ? "-concept" : "-draft") : data.version !== null ? `-v${data.version}` : "";
  return `salesradar-${client}-${isoDay(data.issuedAt)}${draft}-${data.locale}.pdf`;
}
