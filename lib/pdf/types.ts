/**
 * What the PDF report is rendered from: computed data only. lib/pdf queries nothing and reads
 * no files at render time; the caller (a route) loads the branding, the client-safe results
 * and the roadmap document and passes them in.
 */
import type { Locale } from "../model/types";
import type { ReportResults } from "../reports/snapshot";
import type { RoadmapDocument } from "../roadmap/document";

export interface ReportBranding {
  readonly firmName: string;
  /** PNG or JPEG bytes from the database (checked by content at upload); null = no logo. */
  readonly logo: { readonly data: Uint8Array; readonly mimeType: "image/png" | "image/jpeg" } | null;
  /** "#rrggbb"; null = the product's default colour. */
  readonly primaryColor: string | null;
  readonly accentColor: string | null;
  /** Contact / footer line printed on every page. */
  readonly footerText: string | null;
}

export interface ReportData {
  readonly locale: Locale;
  readonly branding: ReportBranding;
  /** Only ever clientSafeResults cut down by reportResults, or a frozen version as served (lib/reports). */
  readonly results: ReportResults;
  readonly roadmap: RoadmapDocument;
  /** A draft carries a "Concept"/"Draft" mark on every page; published reports carry the version. */
  readonly status: "draft" | "published";
  readonly version: number | null;
  /** Date printed on the cover (publication date, or now for a draft). */
  readonly issuedAt: Date;
}
