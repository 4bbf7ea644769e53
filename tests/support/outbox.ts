/** Outbox rows as tests read them: the stored link is sealed, so it is opened here (null stays null). */
import { openLink } from "../../lib/email/sealed-link";

export function opened<T extends { secretLink: string | null }>(rows: T[]): T[] {
  return rows.map((row) => ({ ...row, secretLink: row.secretLink === null ? null : (openLink(row.secretLink) ?? "<unopenable>") }));
}
