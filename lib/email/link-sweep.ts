import "server-only";
/**
 * Personal links do not outlive their use: a message whose link expired, was revoked or no
 * longer makes sense loses the (sealed) link, also when no SMTP server ever sends it. Rows
 * being sent right now ("sending") are the dispatcher's and are left alone.
 */
import { and, asc, eq, gt, inArray, isNotNull } from "drizzle-orm";
import { emailOutbox } from "../../db/schema";
import type { Database } from "../../db/types";
import { withdrawalReason } from "./withdrawal";

const BATCH = 200;

/** Returns how many links were deleted. */
export async function sweepOutboxLinks(db: Database): Promise<number> {
  let removed = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await db
      .select({ id: emailOutbox.id, status: emailOutbox.status, kind: emailOutbox.kind, respondentId: emailOutbox.respondentId, secretLink: emailOutbox.secretLink })
      .from(emailOutbox)
      .where(and(isNotNull(emailOutbox.secretLink), inArray(emailOutbox.status, ["queued", "failed"]), gt(emailOutbox.id, after)))
      .orderBy(asc(emailOutbox.id))
      .limit(BATCH);
    for (const m of rows) {
      const reason = await withdrawalReason(db, m);
      if (!reason) continue;
      // Only if nobody claimed or changed it meanwhile; a queued message is withdrawn with the reason.
      const gone = await db
        .update(emailOutbox)
        .set(m.status === "queued" ? { status: "failed", lastError: reason, secretLink: null } : { secretLink: null })
        .where(and(eq(emailOutbox.id, m.id), eq(emailOutbox.status, m.status), eq(emailOutbox.secretLink, m.secretLink!)))
        .returning({ id: emailOutbox.id });
      removed += gone.length;
    }
    if (rows.length < BATCH) return removed;
    after = rows.at(-1)!.id;
  }
}
