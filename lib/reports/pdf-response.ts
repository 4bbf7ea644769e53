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
import { renderReportPdf, reportFileName } from "../pdf";
import { once } from "./in-flight";
import { loadReportData } from "./load";
import { parseReportQuery } from "./urls";

const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, "-") || "report.pdf";

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });
}

export async function reportPdfResponse(ctx: FirmContext | null, engagementId: string, params: URLSearchParams): Promise<Response> {
  if (!ctx || !can(ctx.role, "roadmap.view")) return plain(404, "Not found");
  const request = parseReportQuery(params);
  if (!request) return plain(404, "Not found");
  const key = [ctx.firm.id, engagementId, request.version, request.locale ?? "firm"].join(":");
  try {
    const file = await once(key, async () => {
      const data = await loadReportData(ctx.db, ctx.firm.id, engagementId, { version: request.version, locale: request.locale });
      return { pdf: await renderReportPdf(data), fileName: safeFileName(reportFileName(data)) };
    });
    const headers = {
      "Content-Type": "application/pdf",
      "Content-Disposition": `${request.disposition}; filename="${file.fileName}"`,
      "Content-Length": String(file.pdf.byteLength),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    };
    // Framing of the inline preview by the portal's own pages is allowed in proxy.ts and
    // next.config.ts: headers set there win over a route handler's own.
    return new Response(new Uint8Array(file.pdf), { status: 200, headers });
  } catch (error) {
    if (error instanceof NotFoundError) return plain(404, "Not found");
    console.error("[report pdf]", error);
    return plain(500, "The report could not be made");
  }
}
