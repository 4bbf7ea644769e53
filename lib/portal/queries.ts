import "server-only";
/**
 * What a client manager may read: published engagements of their active clients, and the
 * latest published report version of one of them. Only the frozen, client-safe snapshot of
 * report_versions is read here; a version frozen before the disclosure check is re-checked with
 * the respondents' membership (role group, team), never their answers. Anything outside the manager's
 * active clients, unpublished, or a malformed id is not found (the same answer for all).
 */
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { clients, engagements, reportVersions } from "../../db/schema";
import { NotFoundError } from "../errors";
import { isUuid } from "../ids";
import { servedResults } from "../reports/served";
import type { RoadmapDocument } from "../roadmap/document";
import type { ManagerContext } from "./context";
import type { PublishedResults } from "./summary";

export interface PortalReportListEntry {
  readonly engagementId: string;
  readonly title: string;
  readonly clientName: string;
  readonly version: number;
  readonly publishedAt: Date;
}

export interface PortalReport {
  readonly engagementId: string;
  readonly title: string;
  readonly clientId: string;
  readonly clientName: string;
  readonly version: number;
  readonly publishedAt: Date;
  readonly results: PublishedResults;
  readonly roadmap: RoadmapDocument;
}

const latestVersion = () =>
  sql`(select max(${reportVersions.version}) from ${reportVersions} where ${reportVersions.engagementId} = ${engagements.id} and ${reportVersions.firmId} = ${engagements.firmId})`;

/** Conditions every portal read shares: this firm, an active client of the manager, published. */
function visibleTo(ctx: ManagerContext) {
  const clientIds = ctx.clients.map((c) => c.id);
  return and(
    eq(engagements.firmId, ctx.firm.id),
    eq(clients.firmId, ctx.firm.id),
    inArray(engagements.clientId, clientIds.length > 0 ? clientIds : ["00000000-0000-0000-0000-000000000000"]),
    eq(engagements.status, "published"),
  );
}

export async function listPortalReports(ctx: ManagerContext): Promise<PortalReportListEntry[]> {
  if (ctx.clients.length === 0) return [];
  return ctx.db
    .select({
      engagementId: engagements.id,
      title: engagements.title,
      clientName: clients.name,
      version: reportVersions.version,
      publishedAt: reportVersions.publishedAt,
    })
    .from(engagements)
    .innerJoin(clients, eq(clients.id, engagements.clientId))
    .innerJoin(reportVersions, and(eq(reportVersions.engagementId, engagements.id), eq(reportVersions.version, latestVersion())))
    .where(visibleTo(ctx))
    .orderBy(desc(reportVersions.publishedAt), engagements.title);
}

export async function getPortalReport(ctx: ManagerContext, engagementId: string): Promise<PortalReport> {
  if (!isUuid(engagementId) || ctx.clients.length === 0) throw new NotFoundError("report");
  const [row] = await ctx.db
    .select({
      engagementId: engagements.id,
      title: engagements.title,
      clientId: clients.id,
      clientName: clients.name,
      version: reportVersions.version,
      publishedAt: reportVersions.publishedAt,
      results: reportVersions.results,
      roadmap: reportVersions.roadmap,
    })
    .from(engagements)
    .innerJoin(clients, eq(clients.id, engagements.clientId))
    .innerJoin(reportVersions, eq(reportVersions.engagementId, engagements.id))
    .where(and(visibleTo(ctx), eq(engagements.id, engagementId), eq(reportVersions.firmId, ctx.firm.id)))
    .orderBy(desc(reportVersions.version))
    .limit(1);
  if (!row) throw new NotFoundError("report");
  // Cut down to what a report shows and, for versions frozen before the disclosure check, re-checked.
  const { results } = await servedResults(ctx.db, ctx.firm.id, row.engagementId, row.results);
  return { ...row, results };
}
