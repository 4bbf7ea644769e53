import "server-only";
/**
 * Shared lookups of the respondent data access: the engagement and respondent of the caller's
 * firm (anything else is not found), and how database errors surface.
 */
import { and, eq } from "drizzle-orm";
import { engagements, respondents, type Engagement, type Respondent } from "../../db/schema";
import type { Executor } from "../../db/types";
import type { FirmContext } from "../auth/context";
import { acceptsRespondents } from "../engagements/status";
import { AppError, NotFoundError } from "../errors";
import { isUuid } from "../ids";

/**
 * The engagement, row-locked for the rest of the transaction so a concurrent close, import or
 * add on the same engagement waits instead of interleaving. With `open`, a closed or published
 * engagement is refused.
 */
export async function lockEngagement(
  tx: Executor,
  ctx: FirmContext,
  engagementId: string,
  options: { open: boolean },
): Promise<Engagement> {
  if (!isUuid(engagementId)) throw new NotFoundError("engagement");
  const [engagement] = await tx
    .select()
    .from(engagements)
    .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, ctx.firm.id)))
    .for("update");
  if (!engagement) throw new NotFoundError("engagement");
  if (options.open && !acceptsRespondents(engagement.status)) throw new AppError("engagement_closed");
  return engagement;
}

/** A respondent of this engagement of the caller's firm; another engagement's respondent is not found. */
export async function findRespondent(
  db: Executor,
  ctx: FirmContext,
  engagementId: string,
  respondentId: string,
): Promise<Respondent> {
  if (!isUuid(engagementId) || !isUuid(respondentId)) throw new NotFoundError("respondent");
  const [respondent] = await db
    .select()
    .from(respondents)
    .where(
      and(eq(respondents.id, respondentId), eq(respondents.engagementId, engagementId), eq(respondents.firmId, ctx.firm.id)),
    );
  if (!respondent) throw new NotFoundError("respondent");
  return respondent;
}

function pgCodeOf(error: unknown): string | undefined {
  // Drizzle wraps driver errors (DrizzleQueryError.cause); both drivers put the SQLSTATE in `code`.
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * Expected errors pass through; a unique violation on (engagement, e-mail) means someone added
 * the same person concurrently. Anything else is rethrown without the query parameters that
 * Drizzle puts in its message, so names and e-mail addresses do not end up in the server log.
 */
export function translateWriteError(error: unknown): never {
  if (error instanceof AppError) throw error;
  const code = pgCodeOf(error);
  if (code === "23505") throw new AppError("duplicate_respondent");
  const wrapped = error as { query?: unknown; message?: unknown; cause?: { message?: unknown } };
  const source = typeof wrapped.query === "string" ? wrapped.cause : wrapped;
  const detail = typeof source?.message === "string" ? source.message : "unknown";
  throw new Error(`Respondent write failed (${code ?? "no SQLSTATE"}): ${detail}`);
}
