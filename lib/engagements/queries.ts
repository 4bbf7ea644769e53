import "server-only";
/** Engagements of the caller's firm (reads). A record of another firm is not found. */
import { and, asc, desc, eq, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { clients, engagements, respondents, type Engagement } from "../../db/schema";
import type { FirmContext } from "../auth/context";
import { NotFoundError } from "../errors";
import { isUuid } from "../ids";
import type { ResponseRate } from "../respondents/tracking";

export interface EngagementListItem extends Engagement {
  readonly clientName: string;
}

/** A row of an engagement table: with the response rate (submitted / respondents). */
export interface EngagementTableItem extends EngagementListItem {
  readonly clientArchived: boolean;
  readonly response: ResponseRate;
}

export interface ListEngagementsOptions {
  /** Only this client's engagements (a client of another firm is not found). */
  readonly clientId?: string;
}

async function assertClientOfFirm(ctx: FirmContext, clientId: string): Promise<void> {
  if (!isUuid(clientId)) throw new NotFoundError("client");
  const [row] = await ctx.db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.firmId, ctx.firm.id)));
  if (!row) throw new NotFoundError("client");
}

/**
 * The firm's engagements, newest first, each with its response rate. "Submitted" is the same
 * rule as respondentStatus in lib/respondents/tracking.ts: submitted_at is set.
 */
export async function listEngagements(ctx: FirmContext, options: ListEngagementsOptions = {}): Promise<EngagementTableItem[]> {
  if (options.clientId !== undefined) await assertClientOfFirm(ctx, options.clientId);
  const counts = ctx.db
    .select({
      engagementId: respondents.engagementId,
      total: sql<number>`count(*)::int`.as("total"),
      submitted: sql<number>`count(${respondents.submittedAt})::int`.as("submitted"),
    })
    .from(respondents)
    .where(eq(respondents.firmId, ctx.firm.id))
    .groupBy(respondents.engagementId)
    .as("response_counts");
  const conditions: SQL[] = [eq(engagements.firmId, ctx.firm.id)];
  if (options.clientId) conditions.push(eq(engagements.clientId, options.clientId));
  const rows = await ctx.db
    .select({
      engagement: engagements,
      clientName: clients.name,
      clientArchivedAt: clients.archivedAt,
      total: sql<number>`coalesce(${counts.total}, 0)::int`,
      submitted: sql<number>`coalesce(${counts.submitted}, 0)::int`,
    })
    .from(engagements)
    .innerJoin(clients, and(eq(clients.id, engagements.clientId), eq(clients.firmId, ctx.firm.id)))
    .leftJoin(counts, eq(counts.engagementId, engagements.id))
    .where(and(...conditions))
    .orderBy(desc(engagements.createdAt), desc(engagements.id));
  return rows.map((r) => ({
    ...r.engagement,
    clientName: r.clientName,
    clientArchived: r.clientArchivedAt !== null,
    response: { total: r.total, submitted: r.submitted, rate: r.total === 0 ? null : r.submitted / r.total },
  }));
}

export async function getEngagement(ctx: FirmContext, engagementId: string): Promise<EngagementListItem> {
  if (!isUuid(engagementId)) throw new NotFoundError("engagement");
  const [row] = await ctx.db
    .select({ engagement: engagements, clientName: clients.name })
    .from(engagements)
    .innerJoin(clients, eq(clients.id, engagements.clientId))
    .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, ctx.firm.id)));
  if (!row) throw new NotFoundError("engagement");
  return { ...row.engagement, clientName: row.clientName };
}

export interface EngagementDetail extends EngagementListItem {
  readonly clientArchived: boolean;
  readonly previousEngagement: { readonly id: string; readonly title: string; readonly createdAt: Date } | null;
}

/** One engagement with what its overview and settings pages show besides its own fields. */
export async function getEngagementDetail(ctx: FirmContext, engagementId: string): Promise<EngagementDetail> {
  if (!isUuid(engagementId)) throw new NotFoundError("engagement");
  const previous = alias(engagements, "previous");
  const [row] = await ctx.db
    .select({
      engagement: engagements,
      clientName: clients.name,
      clientArchivedAt: clients.archivedAt,
      previousId: previous.id,
      previousTitle: previous.title,
      previousCreatedAt: previous.createdAt,
    })
    .from(engagements)
    .innerJoin(clients, and(eq(clients.id, engagements.clientId), eq(clients.firmId, ctx.firm.id)))
    .leftJoin(previous, and(eq(previous.id, engagements.previousEngagementId), eq(previous.firmId, ctx.firm.id)))
    .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, ctx.firm.id)));
  if (!row) throw new NotFoundError("engagement");
  return {
    ...row.engagement,
    clientName: row.clientName,
    clientArchived: row.clientArchivedAt !== null,
    previousEngagement:
      row.previousId && row.previousTitle !== null && row.previousCreatedAt
        ? { id: row.previousId, title: row.previousTitle, createdAt: row.previousCreatedAt }
        : null,
  };
}

export interface PreviousEngagementOption {
  readonly id: string;
  readonly title: string;
  readonly clientId: string;
  readonly clientName: string;
  readonly createdAt: Date;
}

/**
 * Engagements that may be named as "previous engagement": the firm's engagements, grouped by
 * client (the form narrows them to the chosen client). For an existing engagement: only those
 * created before it, never itself. Engagements of archived clients are left out, except the
 * given client's own (an engagement may keep pointing into its archived client's history).
 */
export async function listPreviousEngagementOptions(
  ctx: FirmContext,
  options: { forEngagementId?: string; clientId?: string } = {},
): Promise<PreviousEngagementOption[]> {
  const conditions: (SQL | undefined)[] = [eq(engagements.firmId, ctx.firm.id)];
  if (options.clientId !== undefined) {
    await assertClientOfFirm(ctx, options.clientId);
    conditions.push(eq(engagements.clientId, options.clientId));
  }
  if (options.forEngagementId !== undefined) {
    const self = await getEngagement(ctx, options.forEngagementId);
    conditions.push(ne(engagements.id, self.id), lt(engagements.createdAt, self.createdAt));
    if (!options.clientId) conditions.push(or(isNull(clients.archivedAt), eq(engagements.clientId, self.clientId)));
  } else if (!options.clientId) {
    conditions.push(isNull(clients.archivedAt));
  }
  return ctx.db
    .select({
      id: engagements.id,
      title: engagements.title,
      clientId: engagements.clientId,
      clientName: clients.name,
      createdAt: engagements.createdAt,
    })
    .from(engagements)
    .innerJoin(clients, and(eq(clients.id, engagements.clientId), eq(clients.firmId, ctx.firm.id)))
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${clients.name})`), asc(clients.id), desc(engagements.createdAt));
}
