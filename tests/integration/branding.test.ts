/**
 * Firm branding against a real database: the owner's save (normalised, one write, audited
 * without personal data), refusals that change nothing (consultant, bad input, bad logos),
 * firm isolation, the PDF's ReportBranding, and the public logo route's bytes and headers.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, firms } from "../../db/schema";
import type { FirmContext } from "../../lib/auth/context";
import { getBrandingSettings, getReportBranding, replaceFirmLogo, saveBrandingSettings } from "../../lib/branding/queries";
import { greyJpeg, solidPng } from "../../lib/branding/testing/images";
import { AppError, NotFoundError } from "../../lib/errors";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const session: { ctx: FirmContext | null } = { ctx: null };
vi.mock("@/lib/auth/session", () => ({ getFirmContext: async () => session.ctx }));
// The actions revalidate the portal's pages; outside a Next request there is nothing to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/db", async () => {
  const { testDatabase: open } = await import("../support/db");
  return { getDb: () => open() };
});

const { saveBranding } = await import("../../lib/branding/actions/save-branding");
const { uploadLogo } = await import("../../lib/branding/actions/upload-logo");
const { removeLogo } = await import("../../lib/branding/actions/remove-logo");
const { GET: getLogo } = await import("../../app/api/firms/[firmId]/logo/route");

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;

const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};
const file = (bytes: Uint8Array | string, name = "logo.png", type = "image/png") =>
  new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
const firmRow = async (id: string) => (await db.select().from(firms).where(eq(firms.id, id)))[0]!;
const callLogo = (firmId: string, headers: Record<string, string> = {}) =>
  getLogo(new Request(`http://localhost/api/firms/${firmId}/logo`, { headers }), { params: Promise.resolve({ firmId }) });

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
});

describe("saving colours, contact line and report language", () => {
  it("stores the owner's input normalised and audits the changed field names only", async () => {
    session.ctx = f.owner;
    const result = await saveBranding(null, form({ primaryColor: "#0A5", accentColor: " #F59E0B ", footerText: "  Demo Advies\n 020 123 4567 ", reportLocale: "en" }));
    expect(result).toMatchObject({ ok: true });
    const row = await firmRow(f.owner.firm.id);
    expect(row).toMatchObject({ primaryColor: "#00aa55", accentColor: "#f59e0b", footerText: "Demo Advies 020 123 4567", reportLocale: "en" });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.firmId, f.owner.firm.id), eq(auditLog.action, "firm.branding_updated")));
    expect(audit).toMatchObject({ actorUserId: f.owner.user.id, entityId: f.owner.firm.id });
    expect(audit!.details).toEqual({ fields: ["primaryColor", "footerText", "reportLocale"] });
  });

  it("refuses a consultant (action and data layer) and changes nothing", async () => {
    const before = await firmRow(f.owner.firm.id);
    session.ctx = f.consultant;
    const result = await saveBranding(null, form({ primaryColor: "#000000", accentColor: "", footerText: "", reportLocale: "nl" }));
    expect(result).toEqual({ ok: false, error: "forbidden" });
    await expect(saveBrandingSettings(f.consultant, { primaryColor: "#000000", accentColor: null, footerText: null, reportLocale: "nl" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(replaceFirmLogo(f.consultant, solidPng(32, 32))).rejects.toBeInstanceOf(AppError);
    expect(await uploadLogo(null, form({ logo: file(solidPng(32, 32)) }))).toEqual({ ok: false, error: "forbidden" });
    expect(await removeLogo(null, form({}))).toEqual({ ok: false, error: "forbidden" });
    expect(await firmRow(f.owner.firm.id)).toEqual(before);
  });

  it("refuses bad input as a whole: nothing half-saved", async () => {
    const before = await firmRow(f.owner.firm.id);
    session.ctx = f.owner;
    const result = await saveBranding(null, form({ primaryColor: "#112233", accentColor: "orange", footerText: "x".repeat(301), reportLocale: "nl" }));
    expect(result).toMatchObject({ ok: false, error: "invalid_input", fieldErrors: { accentColor: ["invalid_colour"], footerText: ["too_long"] } });
    expect(await saveBranding(null, form({ primaryColor: "#112233", accentColor: "", footerText: "", reportLocale: "nl", firmId: f.firmB.id }))).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
    expect(await firmRow(f.owner.firm.id)).toEqual(before);
  });

  it("an owner of another firm changes only that firm", async () => {
    const before = await firmRow(f.owner.firm.id);
    const ownerOfB: FirmContext = { ...f.otherFirm, role: "owner" };
    session.ctx = ownerOfB;
    expect(await saveBranding(null, form({ primaryColor: "#123456", accentColor: "", footerText: "Noord", reportLocale: "nl" }))).toMatchObject({ ok: true });
    expect(await replaceFirmLogo(ownerOfB, greyJpeg(32, 32))).toMatchObject({ mimeType: "image/jpeg" });
    expect(await firmRow(f.owner.firm.id)).toEqual(before);
    expect(await firmRow(f.firmB.id)).toMatchObject({ primaryColor: "#123456", footerText: "Noord", logoMimeType: "image/jpeg" });
  });
});

describe("the logo", () => {
  const logo = solidPng(120, 40, "#0a5c36");

  it("is stored by the owner with the type found in its bytes, whatever the browser said", async () => {
    session.ctx = f.owner;
    const result = await uploadLogo(null, form({ logo: file(logo, "logo.jpeg", "image/jpeg") }));
    expect(result).toMatchObject({ ok: true, data: { mimeType: "image/png", width: 120, height: 40, byteLength: logo.length } });
    const row = await firmRow(f.owner.firm.id);
    expect(row.logoMimeType).toBe("image/png");
    expect(Buffer.from(row.logo!).equals(logo)).toBe(true);
    const view = await getBrandingSettings(f.consultant);
    expect(view.logo).toMatchObject({ mimeType: "image/png", width: 120, height: 40 });
  });

  it("refuses what is not a sound PNG or JPEG and keeps the previous logo", async () => {
    session.ctx = f.owner;
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(1)</script></svg>';
    const cases: [File, object][] = [
      [file(svg, "logo.svg", "image/svg+xml"), { error: "invalid_image" }],
      [file(svg, "logo.png", "image/png"), { error: "invalid_image" }],
      [file("GIF89a\x10\x00\x10\x00\x00\x00\x00", "logo.gif", "image/gif"), { error: "invalid_image" }],
      [file("hello, I am text", "not-an-image.png"), { error: "invalid_image" }],
      [file(logo.subarray(0, 24)), { error: "invalid_image" }],
      [file(solidPng(8, 8)), { error: "image_dimensions" }],
      [file(solidPng(4100, 16)), { error: "image_dimensions" }],
      [file(new Uint8Array(0)), { error: "invalid_input", fieldErrors: { logo: ["logo_required"] } }],
      [file(new Uint8Array(1024 * 1024 + 1)), { error: "invalid_input", fieldErrors: { logo: ["logo_too_large"] } }],
    ];
    for (const [upload, expected] of cases) {
      expect(await uploadLogo(null, form({ logo: upload })), upload.name).toMatchObject({ ok: false, ...expected });
    }
    expect(await uploadLogo(null, form({ logo: "not a file" }))).toMatchObject({ ok: false, fieldErrors: { logo: ["logo_required"] } });
    // The data layer refuses on its own, too.
    await expect(replaceFirmLogo(f.owner, new Uint8Array(1024 * 1024 + 1))).rejects.toMatchObject({ code: "image_too_large" });
    const row = await firmRow(f.owner.firm.id);
    expect(row.logoMimeType).toBe("image/png");
    expect(Buffer.from(row.logo!).equals(logo)).toBe(true);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.firmId, f.owner.firm.id), eq(auditLog.action, "firm.logo_replaced")));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toEqual({ mimeType: "image/png", width: 120, height: 40, bytes: logo.length });
  });

  it("is served publicly by the logo route with safe headers and a content ETag", async () => {
    const response = await callLogo(f.owner.firm.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'");
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const etag = response.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(Buffer.from(await response.arrayBuffer()).equals(logo)).toBe(true);
    const again = await callLogo(f.owner.firm.id, { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("404s for malformed and unknown ids and firms without a logo", async () => {
    const { id: firmWithoutLogo } = (await db.insert(firms).values({ name: "Leeg", slug: "leeg" }).returning())[0]!;
    for (const id of ["not-a-uuid", "00000000-0000-4000-8000-000000000000", firmWithoutLogo, "../../etc/passwd"]) {
      const response = await callLogo(id);
      expect(response.status, id).toBe(404);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("a stored logo that is not a plain PNG/JPEG (older data) counts as no logo", async () => {
    const { id } = (await db.insert(firms).values({ name: "Oud", slug: "oud", logo: Buffer.from("<svg/>"), logoMimeType: "image/svg+xml" }).returning())[0]!;
    expect((await callLogo(id)).status).toBe(404);
    expect((await getReportBranding(db, id)).logo).toBeNull();
  });

  it("is removed by the owner", async () => {
    const ownerOfB: FirmContext = { ...f.otherFirm, role: "owner" };
    session.ctx = ownerOfB;
    expect(await removeLogo(null, form({}))).toEqual({ ok: true, data: { removed: true } });
    expect(await firmRow(f.firmB.id)).toMatchObject({ logo: null, logoMimeType: null });
    expect((await callLogo(f.firmB.id)).status).toBe(404);
    expect((await firmRow(f.owner.firm.id)).logoMimeType).toBe("image/png");
  });
});

describe("getReportBranding", () => {
  it("returns exactly the PDF's ReportBranding shape", async () => {
    const branding = await getReportBranding(db, f.owner.firm.id);
    expect(Object.keys(branding).sort()).toEqual(["accentColor", "firmName", "footerText", "logo", "primaryColor"]);
    expect(branding).toMatchObject({ firmName: "Demo Advies", primaryColor: "#00aa55", accentColor: "#f59e0b", footerText: "Demo Advies 020 123 4567" });
    expect(branding.logo?.mimeType).toBe("image/png");
    expect(branding.logo?.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(branding.logo!.data).equals(solidPng(120, 40, "#0a5c36"))).toBe(true);
    expect(await getReportBranding(db, f.firmB.id)).toEqual({ firmName: "Noord Salesadvies", logo: null, primaryColor: "#123456", accentColor: null, footerText: "Noord" });
  });

  it("throws not-found for unknown and malformed ids", async () => {
    await expect(getReportBranding(db, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReportBranding(db, "nope")).rejects.toBeInstanceOf(NotFoundError);
  });
});
