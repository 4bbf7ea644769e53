import "server-only";
/**
 * The client manager's PDF download: the latest published version of an engagement of one of
 * the manager's active clients, rendered from its frozen snapshot, in the manager's language.
 * Anything else — no manager session, another client, an unpublished engagement, a malformed
 * id — is a plain 404. Never cached by the browser; the version's PDF is rendered once and stored.
 */
import { NotFoundError } from "../errors";
import { loadReportData } from "../reports/load";
import { busyResponse, pdfFileResponse, plain, renderReportOnce } from "../reports/pdf-response";
import { RenderQueueFullError } from "../reports/render-pool";
import type { ManagerContext } from "./context";
import { getPortalReport } from "./queries";

export async function portalReportPdfResponse(ctx: ManagerContext | null, engagementId: string): Promise<Response> {
  if (!ctx) return plain(404, "Not found");
  try {
    // The access check: an active client of this manager, published, with a version.
    const report = await getPortalReport(ctx, engagementId);
    const key = ["portal", ctx.firm.id, report.engagementId, report.version, ctx.user.locale].join(":");
    const file = await renderReportOnce(key, { db: ctx.db, firmId: ctx.firm.id, engagementId: report.engagementId }, () =>
      loadReportData(ctx.db, ctx.firm.id, report.engagementId, { version: report.version, locale: ctx.user.locale }),
    );
    return pdfFileResponse(file, "attachment");
  } catch (error) {
    if (error instanceof NotFoundError) return plain(404, "Not found");
    if (error instanceof RenderQueueFullError) return busyResponse();
    console.error("[portal report pdf]", error);
    return plain(500, "The report could not be made");
  }
}
