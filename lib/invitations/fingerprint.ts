/**
 * The consultant confirms a preview of recipients; the action carries this fingerprint of
 * that list, so if the list changed in the meantime (someone added, someone submitted, a
 * colleague sent already) nothing is sent and the page shows the new list instead.
 */
import { createHash } from "node:crypto";

export function recipientsFingerprint(ids: readonly string[]): string {
  return createHash("sha256")
    .update([...ids].sort().join(","))
    .digest("base64url")
    .slice(0, 22);
}
