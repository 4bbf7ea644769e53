/** Where a firm's logo can be loaded (public route; the version makes a new logo a new URL). */
export function firmLogoPath(firmId: string, version: string | null): string {
  const path = `/api/firms/${encodeURIComponent(firmId)}/logo`;
  return version ? `${path}?v=${encodeURIComponent(version)}` : path;
}

/** Absolute, for e-mails (mail clients have no base URL). */
export function firmLogoUrl(appUrl: string, firmId: string, version: string | null): string {
  return `${appUrl.replace(/\/+$/, "")}${firmLogoPath(firmId, version)}`;
}
