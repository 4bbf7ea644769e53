import "server-only";
/**
 * The firm's branding: read for the settings page, the logo route and the PDF; written by the
 * owner. Every write is for the caller's own firm (ctx.firm.id) and checks the permission again,
 * so nothing here relies on the action wrapper alone.
 */
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { firms } from "../../db/schema";
import type { Executor } from "../../db/types";
import { writeAudit } from "../audit";
import type { FirmContext } from "../auth/context";
import { can } from "../auth/permissions";
import { AppError, NotFoundError } from "../errors";
import { isUuid } from "../ids";
import type { Locale } from "../model/types";
import type { ReportBranding } from "../pdf/types";
import { normaliseHexColour } from "./colour";
import { checkLogo, type LogoMimeType, type LogoRejection } from "./logo";
import type { BrandingSettings } from "./schemas";

export interface LogoInfo {
  readonly mimeType: LogoMimeType;
  readonly width: number;
  readonly height: number;
  readonly byteLength: number;
  /** Content hash: the ETag of the logo route and the cache key of its URL. */
  readonly version: string;
}

export interface BrandingView {
  readonly firmId: string;
  readonly firmName: string;
  readonly primaryColor: string | null;
  readonly accentColor: string | null;
  readonly footerText: string | null;
  readonly reportLocale: Locale;
  readonly logo: LogoInfo | null;
}

interface StoredLogo {
  readonly bytes: Uint8Array;
  readonly mimeType: LogoMimeType;
  readonly width: number;
  readonly height: number;
}

/** The full hash is the ETag; its first 12 characters are the URL's cache key (as in the session's firm summary). */
export function logoHash(bytes: Uint8Array): string {
  return createHash("md5").update(bytes).digest("hex");
}

/**
 * Stored bytes are checked again on the way out: a logo that is not (or no longer judged) a
 * plain PNG or JPEG — e.g. written by an older version — is treated as no logo at all.
 */
function storedLogo(bytes: Uint8Array | null, mimeType: string | null): StoredLogo | null {
  if (!bytes || !mimeType) return null;
  const check = checkLogo(bytes);
  if (!check.ok || check.mimeType !== mimeType) return null;
  return { bytes, mimeType: check.mimeType, width: check.width, height: check.height };
}

async function loadFirm(db: Executor, firmId: string) {
  if (!isUuid(firmId)) throw new NotFoundError("firm");
  const [row] = await db.select().from(firms).where(eq(firms.id, firmId));
  if (!row) throw new NotFoundError("firm");
  return row;
}

function requireOwner(ctx: FirmContext): void {
  if (!can(ctx.role, "firm.update")) throw new AppError("forbidden");
}

export async function getBrandingSettings(ctx: FirmContext): Promise<BrandingView> {
  const row = await loadFirm(ctx.db, ctx.firm.id);
  const logo = storedLogo(row.logo, row.logoMimeType);
  return {
    firmId: row.id,
    firmName: row.name,
    primaryColor: normaliseHexColour(row.primaryColor),
    accentColor: normaliseHexColour(row.accentColor),
    footerText: row.footerText,
    reportLocale: row.reportLocale,
    logo: logo && {
      mimeType: logo.mimeType,
      width: logo.width,
      height: logo.height,
      byteLength: logo.bytes.length,
      version: logoHash(logo.bytes).slice(0, 12),
    },
  };
}

/** Colours, footer and report language in one write; the audit names the changed fields only. */
export async function saveBrandingSettings(ctx: FirmContext, settings: BrandingSettings): Promise<void> {
  requireOwner(ctx);
  await ctx.db.transaction(async (tx) => {
    const before = await loadFirm(tx, ctx.firm.id);
    const changed = (Object.keys(settings) as (keyof BrandingSettings)[]).filter((key) => before[key] !== settings[key]);
    await tx
      .update(firms)
      .set({
        primaryColor: settings.primaryColor,
        accentColor: settings.accentColor,
        footerText: settings.footerText,
        reportLocale: settings.reportLocale,
      })
      .where(eq(firms.id, ctx.firm.id));
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "firm.branding_updated",
      entityType: "firm",
      entityId: ctx.firm.id,
      details: { fields: changed },
    });
  });
}

const REJECTION_CODES: Record<LogoRejection, "invalid_image" | "image_too_large" | "image_dimensions"> = {
  empty: "invalid_image",
  unsupported_type: "invalid_image",
  damaged: "invalid_image",
  too_large: "image_too_large",
  dimensions: "image_dimensions",
};

/** Replaces the logo when the bytes are a sound PNG or JPEG; otherwise throws and the old logo stays. */
export async function replaceFirmLogo(ctx: FirmContext, bytes: Uint8Array): Promise<LogoInfo> {
  requireOwner(ctx);
  const check = checkLogo(bytes);
  if (!check.ok) throw new AppError(REJECTION_CODES[check.reason]);
  const data = Buffer.from(bytes);
  await ctx.db.transaction(async (tx) => {
    await tx.update(firms).set({ logo: data, logoMimeType: check.mimeType }).where(eq(firms.id, ctx.firm.id));
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "firm.logo_replaced",
      entityType: "firm",
      entityId: ctx.firm.id,
      details: { mimeType: check.mimeType, width: check.width, height: check.height, bytes: bytes.length },
    });
  });
  const { mimeType, width, height } = check;
  return { mimeType, width, height, byteLength: bytes.length, version: logoHash(bytes).slice(0, 12) };
}

export async function removeFirmLogo(ctx: FirmContext): Promise<void> {
  requireOwner(ctx);
  await ctx.db.transaction(async (tx) => {
    await tx.update(firms).set({ logo: null, logoMimeType: null }).where(eq(firms.id, ctx.firm.id));
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "firm.logo_removed",
      entityType: "firm",
      entityId: ctx.firm.id,
      details: {},
    });
  });
}

/** What the PDF report is branded with (lib/pdf/types ReportBranding). NotFoundError for unknown or malformed ids. */
export async function getReportBranding(db: Executor, firmId: string): Promise<ReportBranding> {
  const row = await loadFirm(db, firmId);
  const logo = storedLogo(row.logo, row.logoMimeType);
  return {
    firmName: row.name,
    logo: logo && { data: new Uint8Array(logo.bytes), mimeType: logo.mimeType },
    primaryColor: normaliseHexColour(row.primaryColor),
    accentColor: normaliseHexColour(row.accentColor),
    footerText: row.footerText?.trim() || null,
  };
}

/** The logo for the public logo route: bytes, type and ETag, or null (unknown firm, malformed id, no logo). */
export async function publicFirmLogo(db: Executor, firmId: string): Promise<{ bytes: Uint8Array; mimeType: LogoMimeType; etag: string } | null> {
  if (!isUuid(firmId)) return null;
  const [row] = await db.select({ logo: firms.logo, mimeType: firms.logoMimeType }).from(firms).where(eq(firms.id, firmId));
  const logo = storedLogo(row?.logo ?? null, row?.mimeType ?? null);
  if (!logo) return null;
  return { bytes: logo.bytes, mimeType: logo.mimeType, etag: `"${logoHash(logo.bytes)}"` };
}
