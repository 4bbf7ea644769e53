import "server-only";
/**
 * The consultant's link actions on one respondent: create a first link, reissue (old links
 * stop working at once) and revoke. A new link is shown once and never stored: only its hash.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import { respondentLinks } from "../../db/schema";
import type { Transaction } from "../../db/types";
import { writeAudit } from "../audit";
import type { FirmContext } from "../auth/context";
import { AppError } from "../errors";
import { findRespondent, lockEngagement } from "./access";
import { issueRespondentLink, reissueRespondentLink, revokeRespondentLinks } from "./links";

type LinkAudit = "respondent.link_issued" | "respondent.link_reissued" | "respondent.links_revoked";

async function audit(tx: Transaction, ctx: FirmContext, action: LinkAudit, engagementId: string, respondentId: string) {
  await writeAudit(tx, {
    firmId: ctx.firm.id,
    actorUserId: ctx.user.id,
    action,
    entityType: "respondent",
    entityId: respondentId,
    details: { engagementId },
  });
}

/**
 * A first link for someone who has none that works (e.g. imported, not yet invited). When a
 * link already works, only a reissue gives a new one: refused as a conflict, since the page
 * that offered "create" was out of date.
 */
export async function createPersonalLink(ctx: FirmContext, engagementId: string, respondentId: string): Promise<{ link: string }> {
  return ctx.db.transaction(async (tx) => {
    await lockEngagement(tx, ctx, engagementId, { open: true });
    await findRespondent(tx, ctx, engagementId, respondentId);
    const [active] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(respondentLinks)
      .where(and(eq(respondentLinks.respondentId, respondentId), isNull(respondentLinks.revokedAt)));
    if ((active?.n ?? 0) > 0) throw new AppError("conflict");
    const link = await issueRespondentLink(tx, respondentId);
    await audit(tx, ctx, "respondent.link_issued", engagementId, respondentId);
    return { link };
  });
}

/** Revokes every link of the person and issues a fresh one. */
export async function reissuePersonalLink(ctx: FirmContext, engagementId: string, respondentId: string): Promise<{ link: string }> {
  return ctx.db.transaction(async (tx) => {
    await lockEngagement(tx, ctx, engagementId, { open: true });
    await findRespondent(tx, ctx, engagementId, respondentId);
    const link = await reissueRespondentLink(tx, respondentId);
    await audit(tx, ctx, "respondent.link_reissued", engagementId, respondentId);
    return { link };
  });
}

/** Ends every link of the person at once; allowed in every engagement status. */
export async function revokePersonalLinks(ctx: FirmContext, engagementId: string, respondentId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await lockEngagement(tx, ctx, engagementId, { open: false });
    await findRespondent(tx, ctx, engagementId, respondentId);
    await revokeRespondentLinks(tx, respondentId);
    await audit(tx, ctx, "respondent.links_revoked", engagementId, respondentId);
  });
}
