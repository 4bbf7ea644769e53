import "server-only";
/**
 * Published versions are rendered once: the bytes are stored under a hash of everything the
 * render depends on — the frozen results and roadmap, the branding, the language, the issue
 * date and the renderer's own code (the worker bundle) — so a later change of logo or of the
 * renderer gives a new key instead of a stale file, and any instance can serve the stored bytes.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { reportPdfs } from "../../db/schema";
import type { Executor } from "../../db/types";
import type { ReportData } from "../pdf";
import { pdfWorkerPath } from "./render-pool-file";

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

let rendererHash: string | undefined;
/** The renderer's identity: its bundled code (read once per process). */
function rendererVersion(): string {
  rendererHash ??= sha256(readFileSync(pdfWorkerPath()));
  return rendererHash;
}

/** Stable for the same data: binary parts (the logo) enter as their hash. */
export function reportCacheKey(data: ReportData): string {
  const json = JSON.stringify(data, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Uint8Array ? `sha256:${sha256(raw)}` : value;
  });
  return sha256(`${rendererVersion()}\n${json}`);
}

export async function storedReportPdf(db: Executor, firmId: string, cacheKey: string): Promise<{ pdf: Buffer; fileName: string } | null> {
  const [row] = await db
    .select({ pdf: reportPdfs.pdf, fileName: reportPdfs.fileName })
    .from(reportPdfs)
    .where(and(eq(reportPdfs.cacheKey, cacheKey), eq(reportPdfs.firmId, firmId)));
  return row ? { pdf: Buffer.from(row.pdf), fileName: row.fileName } : null;
}

export async function storeReportPdf(db: Executor, row: { cacheKey: string; firmId: string; engagementId: string; pdf: Buffer; fileName: string }): Promise<void> {
  await db.insert(reportPdfs).values(row).onConflictDoNothing();
}
