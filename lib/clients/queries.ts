import "server-only";
/** Clients of the caller's firm. A client of another firm is not found, never forbidden. */
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { clients, engagements, type Client, type Engagement } from "../../db/schema";
import type { FirmContext } from "../auth/context";
import { NotFoundError } from "../errors";
import { isUuid } from "../ids";

export async function listClients(ctx: FirmContext, options: { includeArchived?: boolean } = {}): Promise<Client[]> {
  return ctx.db
    .select()
    .from(clients)
    .where(and(eq(clients.firmId, ctx.firm.id), options.includeArchived ? undefined : isNull(clients.archivedAt)))
    .orderBy(asc(clients.name));
}

export async function getClient(ctx: FirmContext, clientId: string): Promise<Client> {
  if (!isUuid(clientId)) throw new NotFoundError("client");
  const [row] = await ctx.db
    .select()
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.firmId, ctx.firm.id)));
  if (!row) throw new NotFoundError("client");
  return row;
}

/** The client's engagements over time, newest first. */
export async function listClientEngagements(ctx: FirmContext, clientId: string): Promise<Engagement[]> {
  const client = await getClient(ctx, clientId);
  return ctx.db
    .select()
    .from(engagements)
    .where(and(eq(engagements.clientId, client.id), eq(engagements.firmId, ctx.firm.id)))
    .orderBy(desc(engagements.createdAt));
}
