import "server-only";
/**
 * The client manager's PDF download: the latest published version of an engagement of one of
 * the manager's active clients, rendered from its frozen snapshot, in the manager's language.
 * Anything else — no manager session, another client, an unpublished engagement, a malformed
 * id — is a plain 404. Never cached.
 */
import { NotFoundError } from "../errors";
import { renderReportPdf, reportFileName } from "../pdf";
import { loadReportData } from "../reports/load";
import type { ManagerContext } from "./context";
import { getPortalReport } from "./queries";

const NOT_FOUND_HEADERS = { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" };
const notFound = () => new Response("Not found", { status: 404, headers: NOT_FOUND_HEADERS });
const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, "-") || "report.pdf";

export async function portalReportPdfResponse(ctx: ManagerContext | null, engagementId: string): Promise<Response> {
  if (!ctx) return notFound();
  try {
    // The access check: an active client of this manager, published, with a version.
    const report = await getPortalReport(ctx, engagementId);
    const data = await loadReportData(ctx.db, ctx.firm.id, report.engagementId, { version: report.version, locale: ctx.user.locale });
    const pdf = await renderReportPdf(data);
    return new Response(new Uint8Array(pdf), {
      status: 200,
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${safeFileName(reportFileName(data))}"`,
        "Content-Length": String(pdf.byteLength),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    console.error("[portal report pdf]", error);
    return new Response("The report could not be made", { status: 500, headers: NOT_FOUND_HEADERS });
  }
}
