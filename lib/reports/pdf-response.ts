import "server-only";
/**
 * The consultant's PDF download and preview, as the route handler calls it:
 * `?version=draft|latest|<n>&lang=nl|en&disposition=attachment|inline`.
 * Access as for the pages: a firm context with the permission and an engagement of that firm;
 * anything else — no session, another firm, a malformed id, an unknown version — is a plain
 * 404 (existence is not confirmed). Never cached by the browser; a published version's PDF is
 * rendered once and stored. Renders run in worker threads, one per report at a time.
 */
import type { FirmContext } from "../auth/context";
import { can } from "../auth/permissions";
import { NotFoundError } from "../errors";
import { reportFileName, type ReportData } from "../pdf";
import type { Executor } from "../../db/types";
import { once } from "./in-flight";
import { reportCacheKey, storedReportPdf, storeReportPdf } from "./pdf-cache";
import { renderInPool, RenderQueueFullError } from "./render-pool";
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

/** Who the report belongs to: the stored PDF of a published version is looked up within the firm. */
export interface ReportOwner {
  readonly db: Executor;
  readonly firmId: string;
  readonly engagementId: string;
}

/**
 * The report's PDF: a published version's stored bytes when it was rendered before, otherwise a
 * render in the worker pool (stored when published). Once per process for the same key at a
 * time (a second request waits for the first).
 */
export function renderReportOnce(key: string, owner: ReportOwner, data: () => Promise<ReportData>): Promise<RenderedReport> {
  return once(key, async () => {
    const report = await data();
    const fileName = safeFileName(reportFileName(report));
    if (report.status !== "published") return { pdf: await renderInPool(report), fileName };
    const cacheKey = reportCacheKey(report);
    const stored = await storedReportPdf(owner.db, owner.firmId, cacheKey);
    // The name is made now, so PDFs stored under an older naming get the current name.
    if (stored) return { pdf: stored.pdf, fileName };
    const pdf = await renderInPool(report);
    await storeReportPdf(owner.db, { cacheKey, firmId: owner.firmId, engagementId: owner.engagementId, pdf, fileName });
    return { pdf, fileName };
  });
}

/** Every render slot and queue place is taken: ask the browser to come back (nothing is lost). */
export function busyResponse(): Response {
  return new Response("Er worden nu veel rapporten gemaakt; probeer het over een halve minuut opnieuw.\nMany reports are being made right now; please try again in half a minute.", {
    status: 503,
    headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Retry-After": "30" },
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
    const file = await renderReportOnce(key, { db: ctx.db, firmId: ctx.firm.id, engagementId }, () =>
      loadReportData(ctx.db, ctx.firm.id, engagementId, { version: request.version, locale: request.locale }),
    );
    // Framing of the inline preview by the portal's own pages is allowed in proxy.ts and
    // next.config.ts: headers set there win over a route handler's own.
    return pdfFileResponse(file, request.disposition);
  } catch (error) {
    if (error instanceof NotFoundError) return plain(404, "Not found");
    if (error instanceof RenderQueueFullError) return busyResponse();
    console.error("[report pdf]", error);
    return plain(500, "The report could not be made");
  }
}
