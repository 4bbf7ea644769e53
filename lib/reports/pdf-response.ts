import "server-only";
/**
 * The consultant's PDF download and preview, as the route handler calls it:
 * `?version=draft|latest|<n>&lang=nl|en&disposition=attachment|inline`.
 * Access as for the pages: a firm context with the permission and an engagement of that firm;
 * anything else — no session, another firm, a malformed id, an unknown version — is a plain
 * 404 (existence is not confirmed). Never cached. One render per report at a time.
 */
import type { FirmContext } from "../auth/context";
import { can } from "../auth/permissions";
import { NotFoundError } from "../errors";
import { renderReportPdf, reportFileName, type ReportData } from "../pdf";
import { once } from "./in-flight";
import { loadReportData } from "./load";
import { parseReportQuery } from "./urls";

const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, "-") || "report.pdf";

/** A plain-text answer (404, 500) that is never cached or sniffed. */
export function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });
}

export interface RenderedReport {
  readonly pdf: Buffer;
  readonly fileName: string;
}

/** Renders once per process for the same key at a time (a second request waits for the first). */
export function renderReportOnce(key: string, data: () => Promise<ReportData>): Promise<RenderedReport> {
  return once(key, async () => {
    const report = await data();
    return { pdf: await renderReportPdf(report), fileName: safeFileName(reportFileName(report)) };
  });
}

/** The PDF as a download or inline: never cached, never sniffed. */
export function pdfFileResponse(file: RenderedReport, disposition: "attachment" | "inline"): Response {
  return new Response(new Uint8Array(file.pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `${disposition}; filename="${file.fileName}"`,
      "Content-Length": String(file.pdf.byteLength),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export async function reportPdfResponse(ctx: FirmContext | null, engagementId: string, params: URLSearchParams): Promise<Response> {
  if (!ctx || !can(ctx.role, "roadmap.view")) return plain(404, "Not found");
  const request = parseReportQuery(params);
  if (!request) return plain(404, "Not found");
  const key = [ctx.firm.id, engagementId, request.version, request.locale ?? "firm"].join(":");
  try {
    const file = await renderReportOnce(key, () =>
      loadReportData(ctx.db, ctx.firm.id, engagementId, { version: request.version, locale: request.locale }),
    );
    // Framing of the inline preview by the portal's own pages is allowed in proxy.ts and
    // next.config.ts: headers set there win over a route handler's own.
    return pdfFileResponse(file, request.disposition);
  } catch (error) {
    if (error instanceof NotFoundError) return plain(404, "Not found");
    console.error("[report pdf]", error);
    return plain(500, "The report could not be made");
  }
}
