import "server-only";
/** Engagements of the caller's firm. */
import { and, desc, eq } from "drizzle-orm";
import { clients, engagements, type Engagement } from "../../db/schema";
import type { FirmContext } from "../auth/context";
import { NotFoundError } from "../errors";
import { isUuid } from "../ids";

export interface EngagementListItem extends Engagement {
  readonly clientName: string;
}

export async function listEngagements(ctx: FirmContext): Promise<EngagementListItem[]> {
  const rows = await ctx.db
    .select({ engagement: engagements, clientName: clients.name })
    .from(engagements)
    .innerJoin(clients, eq(clients.id, engagements.clientId))
    .where(eq(engagements.firmId, ctx.firm.id))
    .orderBy(desc(engagements.createdAt));
  return rows.map((r) => ({ ...r.engagement, clientName: r.clientName }));
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
