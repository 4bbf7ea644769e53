/**
 * The PDF renderer as a worker-thread task, run by lib/reports/render-pool.ts: a render takes
 * ~0.5 s of CPU, which on the request thread stalled every other request of the instance.
 * Bundled to dist/pdf-worker.mjs by scripts/pdf-worker-build.ts whenever Next builds or starts
 * in development.
 */
import { renderReportPdf, type ReportData } from "./index";

export default async function render(data: ReportData): Promise<Uint8Array> {
  const pdf = await renderReportPdf(data);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
