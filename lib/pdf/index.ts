/**
 * The branded PDF report. Renders computed data only (see ./types); queries nothing.
 * (Placeholder signature for parallel work; the PDF helper replaces the body.)
 */
import type { ReportData } from "./types";

export type { ReportData, ReportBranding } from "./types";

export async function renderReportPdf(data: ReportData): Promise<Buffer> {
  void data;
  throw new Error("renderReportPdf is being implemented");
}

/** A safe download name: ASCII letters, digits and dashes only, e.g. "salesradar-groen-2026-11-29.pdf". */
export function reportFileName(data: ReportData): string {
  void data;
  throw new Error("reportFileName is being implemented");
}
