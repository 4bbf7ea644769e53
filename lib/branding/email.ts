/** The firm's branding as the e-mail templates take it (pure: the caller passes the portal's base URL). */
import { firmLogoUrl } from "./urls";

export interface EmailFirm {
  readonly name: string;
  readonly primaryColor: string | null;
  readonly logoUrl: string | null;
  readonly footerText: string | null;
}

export function emailFirm(
  firm: { readonly id: string; readonly name: string; readonly primaryColor: string | null; readonly logoVersion: string | null; readonly footerText: string | null },
  appUrl: string,
): EmailFirm {
  return {
    name: firm.name,
    primaryColor: firm.primaryColor,
    logoUrl: firm.logoVersion ? firmLogoUrl(appUrl, firm.id, firm.logoVersion) : null,
    footerText: firm.footerText,
  };
}
