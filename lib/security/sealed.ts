/**
 * Secrets that must be stored but must not be usable from a database copy (personal links in
 * the outbox, TOTP secrets): sealed with AES-256-GCM under a key derived (HKDF-SHA256) from the
 * app secret. The sealed text names its key, so after a rotation (NEXTAUTH_SECRET_PREVIOUS)
 * older values still open while new ones use the new key.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { env } from "../env";

const VERSION = "s1";

interface Key {
  readonly id: string;
  readonly bytes: Buffer;
}

function deriveKey(secret: string, purpose: string): Key {
  const bytes = Buffer.from(hkdfSync("sha256", secret, "salesradar-sealed-v1", purpose, 32));
  // The id reveals nothing about the key: a hash of it, shortened.
  return { id: createHash("sha256").update(bytes).digest("base64url").slice(0, 8), bytes };
}

function keys(purpose: string, secrets: readonly string[]): Key[] {
  return secrets.map((s) => deriveKey(s, purpose));
}

const appSecrets = () => [env.authSecret, ...(env.NEXTAUTH_SECRET_PREVIOUS ? [env.NEXTAUTH_SECRET_PREVIOUS] : [])];

/** Seals `plain` for `purpose` (a label that keeps keys of different uses apart). */
export function seal(plain: string, purpose: string, secrets: readonly string[] = appSecrets()): string {
  const key = keys(purpose, secrets.slice(0, 1))[0]!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.bytes, iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return [VERSION, key.id, iv.toString("base64url"), body.toString("base64url")].join(".");
}

/** The plain text, or null when the value is not sealed by a known key or was altered. */
export function unseal(sealed: string, purpose: string, secrets: readonly string[] = appSecrets()): string | null {
  const [version, keyId, iv, body] = sealed.split(".");
  if (version !== VERSION || !keyId || !iv || !body) return null;
  const key = keys(purpose, secrets).find((k) => k.id === keyId);
  if (!key) return null;
  try {
    const bytes = Buffer.from(body, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", key.bytes, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** Whether a sealed value was made with an older key (re-seal it during a rotation). */
export function sealedWithOldKey(sealed: string, purpose: string, secrets: readonly string[] = appSecrets()): boolean {
  return sealed.split(".")[1] !== keys(purpose, secrets.slice(0, 1))[0]!.id;
}
