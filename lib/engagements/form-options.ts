import "server-only";
/** The choices the engagement form offers, read with the caller's firm. */
import type { FirmContext } from "../auth/context";
import { listClients } from "../clients/queries";
import type { ClientOption, PreviousOption } from "./form-values";
import { listPreviousEngagementOptions } from "./queries";

/** Active clients, plus the engagement's own client when that one is archived (so it stays selected). */
export async function clientOptions(ctx: FirmContext, current?: ClientOption): Promise<ClientOption[]> {
  const active: ClientOption[] = (await listClients(ctx)).map((c) => ({ id: c.id, name: c.name, archived: false }));
  if (current?.archived) active.push(current);
  return active;
}

/** Engagements that may be named as previous one (for an existing engagement: older ones only). */
export async function previousOptions(ctx: FirmContext, forEngagementId?: string): Promise<PreviousOption[]> {
  const rows = await listPreviousEngagementOptions(ctx, forEngagementId ? { forEngagementId } : {});
  return rows.map(({ id, title, clientId, clientName }) => ({ id, title, clientId, clientName }));
}
