import "server-only";
/**
 * Bulk import of respondents from CSV text: a preview that saves nothing, then the import,
 * which checks the text again and saves every row in one transaction or none at all (or, when
 * the consultant chose to skip the invalid rows, every valid row in one transaction).
 */
import { and, eq, sql } from "drizzle-orm";
import { engagements, respondents, type Engagement } from "../../db/schema";
import type { Executor } from "../../db/types";
import { writeAudit } from "../audit";
import type { FirmContext } from "../auth/context";
import { AppError, NotFoundError } from "../errors";
import { isUuid } from "../ids";
import { getModel } from "../model";
import { acceptsRespondents } from "../engagements/status";
import { lockEngagement, translateWriteError } from "./access";
import { MAX_IMPORT_BYTES } from "./csv";
import { checkImport, type BadRow, type ImportRow, type ShapeError } from "./import-rows";

/** Rows shown as a sample of the clean set; the bad rows are always listed in full. */
export const PREVIEW_SAMPLE = 50;
/** Rows per INSERT: 7 parameters each, well below PostgreSQL's 65,535 parameters per statement. */
const INSERT_CHUNK = 500;

export type ImportPreview =
  | { readonly ok: false; readonly shape: ShapeError }
  | {
      readonly ok: true;
      readonly validCount: number;
      readonly sample: readonly ImportRow[];
      readonly invalid: readonly BadRow[];
      readonly ignoredColumns: readonly string[];
    };

export type ImportResult = { readonly saved: true; readonly count: number; readonly skipped: number } | { readonly saved: false; readonly preview: ImportPreview };

function assertSize(text: string): void {
  if (Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES) throw new AppError("file_too_large");
}

async function check(db: Executor, engagement: Engagement, text: string) {
  const existing = await db
    .select({ email: sql<string>`lower(${respondents.email})` })
    .from(respondents)
    .where(eq(respondents.engagementId, engagement.id));
  return checkImport(text, {
    defaultLocale: engagement.scanLocale,
    existingEmails: new Set(existing.map((r) => r.email)),
    roleLabels: getModel(engagement.modelVersion).roleGroups,
  });
}

function toPreview(result: Awaited<ReturnType<typeof check>>): ImportPreview {
  if (!result.ok) return result;
  const { valid, invalid, ignoredColumns } = result;
  return { ok: true, validCount: valid.length, sample: valid.slice(0, PREVIEW_SAMPLE), invalid, ignoredColumns };
}

/** Checks the text against the engagement without saving anything. */
export async function previewRespondentImport(ctx: FirmContext, engagementId: string, text: string): Promise<ImportPreview> {
  if (!isUuid(engagementId)) throw new NotFoundError("engagement");
  const [engagement] = await ctx.db
    .select()
    .from(engagements)
    .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, ctx.firm.id)));
  if (!engagement) throw new NotFoundError("engagement");
  if (!acceptsRespondents(engagement.status)) throw new AppError("engagement_closed");
  assertSize(text);
  return toPreview(await check(ctx.db, engagement, text));
}

/**
 * Saves the rows when the text is clean; otherwise saves nothing and returns the preview (it
 * may have changed since the consultant saw it, e.g. someone added one of these people).
 * The check runs inside the transaction with the engagement locked, and the unique index on
 * (engagement, lower(e-mail)) is the last guard: any failing row rolls back every row.
 */
export async function importRespondents(
  ctx: FirmContext,
  engagementId: string,
  text: string,
  /** Import the valid rows and leave out the invalid ones, as counted in the preview the consultant saw. */
  skip?: { readonly valid: number; readonly invalid: number },
): Promise<ImportResult> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const engagement = await lockEngagement(tx, ctx, engagementId, { open: true });
      assertSize(text);
      const result = await check(tx, engagement, text);
      const skipping = skip !== undefined && result.ok && result.valid.length === skip.valid && result.invalid.length === skip.invalid;
      if (!result.ok || (result.invalid.length > 0 && !skipping)) return { saved: false, preview: toPreview(result) };
      const skipped = result.invalid.length;
      const rows = result.valid.map(({ name, email, roleGroup, team, locale }) => ({
        firmId: ctx.firm.id,
        engagementId,
        name,
        email,
        roleGroup,
        team,
        locale,
      }));
      for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
        await tx.insert(respondents).values(rows.slice(start, start + INSERT_CHUNK));
      }
      await writeAudit(tx, {
        firmId: ctx.firm.id,
        actorUserId: ctx.user.id,
        action: "respondents.imported",
        entityType: "engagement",
        entityId: engagementId,
        details: { count: rows.length, skipped },
      });
      return { saved: true, count: rows.length, skipped };
    });
  } catch (error) {
    translateWriteError(error);
  }
}
