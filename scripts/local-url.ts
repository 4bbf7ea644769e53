/** True when a PostgreSQL URL points to this machine (loopback or a Unix socket). */
export function isLocalDatabaseUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "" ) return parsed.searchParams.get("host")?.startsWith("/") ?? false;
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}
