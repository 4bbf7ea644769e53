/**
 * The client's address for rate limits. A header a client sends can say anything, so by
 * default (TRUSTED_PROXY_HOPS=0) only the address of the socket counts: the server stamps it
 * into PEER_HEADER itself (lib/security/peer-header.ts), replacing whatever the client sent.
 * Behind N trusted proxies that each append the address they saw to X-Forwarded-For, the
 * client is the Nth entry from the right; entries further left were written by the client.
 */
import { env } from "../env";

export const PEER_HEADER = "x-salesradar-peer";
/** Used when the socket address is unknown: such requests share one (strict) bucket. */
export const UNKNOWN_ADDRESS = "unknown";

interface HeaderSource {
  get(name: string): string | null;
}

const clean = (value: string | undefined | null) => {
  const v = value?.trim();
  return v && v.length <= 100 ? v : null;
};

export function clientAddressFrom(headers: HeaderSource, trustedHops: number): string {
  const peer = clean(headers.get(PEER_HEADER));
  if (trustedHops === 0) return peer ?? UNKNOWN_ADDRESS;
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // Fewer entries than trusted proxies: the request did not come through all of them.
  return clean(chain[chain.length - trustedHops]) ?? peer ?? UNKNOWN_ADDRESS;
}

export function clientAddress(headers: HeaderSource): string {
  return clientAddressFrom(headers, env.TRUSTED_PROXY_HOPS);
}

/** next-auth hands `authorize` the headers as a plain object. */
export function clientAddressOfRecord(headers: Record<string, unknown> | undefined): string {
  return clientAddress({
    get: (name) => {
      const v = headers?.[name];
      return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v.join(", ") : null;
    },
  });
}
