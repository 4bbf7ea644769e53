import "server-only";
/** Clients of the caller's firm. A client of another firm is not found, never forbidden. */
import { and, asc, desc, eq, ilike, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { clients, type Client } from "../../db/schema";
import { writeAudit } from "../audit";
import type { FirmContext } from "../auth/context";
import { AppError, NotFoundError } from "../errors";
import { isUuid } from "../ids";
import { CLIENT_FIELDS, clientInputSchema, likePattern, type ClientArchiveFilter, type ClientInput, type ClientSort } from "./schemas";

export interface ListClientsOptions {
  /** Kept for older callers: true is the same as `archived: "all"`. */
  readonly includeArchived?: boolean;
  /** Which clients: only active ones (default), only archived ones, or all. */
  readonly archived?: ClientArchiveFilter;
  /** Part of the name, case-insensitive. */
  readonly search?: string;
  /** By name (default), newest first, or by industry then name. */
  readonly sort?: ClientSort;
}

export async function listClients(ctx: FirmContext, options: ListClientsOptions = {}): Promise<Client[]> {
  const archived = options.archived ?? (options.includeArchived ? "all" : "active");
  const conditions: (SQL | undefined)[] = [eq(clients.firmId, ctx.firm.id)];
  if (archived === "active") conditions.push(isNull(clients.archivedAt));
  if (archived === "archived") conditions.push(isNotNull(clients.archivedAt));
  const search = options.search?.trim();
  if (search) conditions.push(ilike(clients.name, likePattern(search)));
  const byName = [asc(sql`lower(${clients.name})`), asc(clients.id)];
  const order =
    options.sort === "newest"
      ? [desc(clients.createdAt), desc(clients.id)]
      : options.sort === "industry"
        ? [asc(clients.industry), ...byName]
        : byName;
  return ctx.db
    .select()
    .from(clients)
    .where(and(...conditions))
    .orderBy(...order);
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

function validClientInput(input: ClientInput): ClientInput {
  const parsed = clientInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input");
  return parsed.data;
}

export async function createClient(ctx: FirmContext, input: ClientInput): Promise<Client> {
  const values = validClientInput(input);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(clients)
      .values({ ...values, firmId: ctx.firm.id })
      .returning();
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "client.created",
      entityType: "client",
      entityId: row!.id,
      details: { fields: CLIENT_FIELDS.filter((f) => values[f] !== null) },
    });
    return row!;
  });
}

/** Saves the client's details; the audit log gets the names of the fields that changed. */
export async function updateClient(ctx: FirmContext, clientId: string, input: ClientInput): Promise<{ client: Client; changed: string[] }> {
  if (!isUuid(clientId)) throw new NotFoundError("client");
  const values = validClientInput(input);
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(clients)
      .where(and(eq(clients.id, clientId), eq(clients.firmId, ctx.firm.id)))
      .for("update");
    if (!current) throw new NotFoundError("client");
    const changed = CLIENT_FIELDS.filter((f) => current[f] !== values[f]);
    if (changed.length === 0) return { client: current, changed };
    const [row] = await tx
      .update(clients)
      .set(values)
      .where(and(eq(clients.id, clientId), eq(clients.firmId, ctx.firm.id)))
      .returning();
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "client.updated",
      entityType: "client",
      entityId: clientId,
      details: { fields: changed },
    });
    return { client: row!, changed };
  });
}

/**
 * Archives (or restores) a client. An archived client keeps its engagements and results but
 * gets no new engagements and leaves the default client list. Doing it twice changes nothing.
 */
export async function setClientArchived(ctx: FirmContext, clientId: string, archived: boolean): Promise<Client> {
  if (!isUuid(clientId)) throw new NotFoundError("client");
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(clients)
      .where(and(eq(clients.id, clientId), eq(clients.firmId, ctx.firm.id)))
      .for("update");
    if (!current) throw new NotFoundError("client");
    if ((current.archivedAt !== null) === archived) return current;
    const [row] = await tx
      .update(clients)
      .set({ archivedAt: archived ? new Date() : null })
      .where(and(eq(clients.id, clientId), eq(clients.firmId, ctx.firm.id)))
      .returning();
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: archived ? "client.archived" : "client.unarchived",
      entityType: "client",
      entityId: clientId,
    });
    return row!;
  });
}
