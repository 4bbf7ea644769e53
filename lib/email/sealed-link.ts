/**
 * The personal link of an outbox message is stored sealed (AES-256-GCM, lib/security/sealed),
 * so a copy of the database holds no working link. Opened only to send the message and for
 * the people the Outbox page shows it to.
 */
import { seal, unseal } from "../security/sealed";

const PURPOSE = "outbox-link";

export const sealLink = (link: string) => seal(link, PURPOSE);

/** The link, or null when there is none or it cannot be opened (e.g. the secret changed without rotation). */
export const openLink = (sealed: string | null | undefined): string | null => (sealed ? unseal(sealed, PURPOSE) : null);
