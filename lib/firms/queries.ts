import "server-only";
/** The caller's own firm. */
import { eq } from "drizzle-orm";
import { firms } from "../../db/schema";
import { writeAudit } from "../audit";
import type { FirmContext } from "../auth/context";

export async function renameFirm(ctx: FirmContext, name: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx.update(firms).set({ name }).where(eq(firms.id, ctx.firm.id));
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "firm.renamed",
      entityType: "firm",
      entityId: ctx.firm.id,
      details: { fields: ["name"] },
    });
  });
}
