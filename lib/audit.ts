import "server-only";
/** Appends to the audit log; call it with the transaction of the change it records. */
import { auditLog, type AuditEntry } from "../db/schema";
import type { Executor } from "../db/types";

export async function writeAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}
