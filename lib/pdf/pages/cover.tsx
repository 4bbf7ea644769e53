/** The cover: brand band with the logo, client, engagement, date and draft mark or version. */
import { Image, Text, View } from "@react-pdf/renderer";
import type { ReportContext } from "../context";
import { formatDate } from "../format";
import { ReportPage } from "../layout";
import { fill } from "../texts";
import { MUTED, textOn } from "../theme";
import type { ReportBranding } from "../types";

/** Only bytes that really are PNG or JPEG reach the PDF (react-pdf throws on anything else). */
export function logoSource(logo: ReportBranding["logo"]): { data: Buffer; format: "png" | "jpg" } | null {
  if (!logo || logo.data.length < 8) return null;
  const d = logo.data;
  const png = d[0] === 0x89 && d[1] === 0x50 && d[2] === 0x4e && d[3] === 0x47;
  const jpeg = d[0] === 0xff && d[1] === 0xd8 && d[2] === 0xff;
  if (png && logo.mimeType === "image/png") return { data: Buffer.from(d), format: "png" };
  if (jpeg && logo.mimeType === "image/jpeg") return { data: Buffer.from(d), format: "jpg" };
  return null;
}

export function CoverPage({ ctx }: { ctx: ReportContext }) {
  const { data, t, palette } = ctx;
  const logo = logoSource(data.branding.logo);
  const onBand = textOn(palette.primary);
  return (
    <ReportPage ctx={ctx} cover>
      <View style={{ backgroundColor: palette.primary, paddingHorizontal: 56, paddingTop: 48, paddingBottom: 36, marginBottom: 48 }}>
        <View style={{ flexDirection: "row", justifyContent: "space-between", alignItems: "center", minHeight: 56 }}>
          {logo ? (
            <View style={{ backgroundColor: "#ffffff", borderRadius: 4, padding: 8 }}>
              {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image (a PDF image XObject) has no alt text */}
              <Image src={logo} style={{ maxHeight: 48, maxWidth: 170, objectFit: "contain" }} />
            </View>
          ) : (
            <Text style={{ color: onBand, fontSize: 14, fontWeight: 700, maxWidth: 300 }}>{ctx.clean(data.branding.firmName)}</Text>
          )}
          {data.status === "draft" ? (
            <Text style={{ backgroundColor: palette.accent, color: textOn(palette.accent), fontSize: 11, fontWeight: 700, paddingHorizontal: 10, paddingVertical: 4, borderRadius: 3 }}>
              {t.draftMark.toUpperCase()}
            </Text>
          ) : null}
        </View>
        <Text style={{ color: onBand, fontSize: 11, marginTop: 64, letterSpacing: 1 }}>{t.reportKind.toUpperCase()}</Text>
        <Text style={{ color: onBand, fontSize: 13, marginTop: 2, opacity: 0.85 }}>{t.reportSubtitle}</Text>
      </View>
      <View style={{ paddingHorizontal: 56 }}>
        <Text style={{ fontSize: 28, fontWeight: 700, color: palette.primaryText, lineHeight: 1.2, marginBottom: 10 }}>
          {ctx.clean(data.results.engagement.clientName)}
        </Text>
        <Text style={{ fontSize: 15, lineHeight: 1.35, marginBottom: 28 }}>{ctx.clean(data.results.engagement.title)}</Text>
        <View style={{ width: 48, height: 3, backgroundColor: palette.accent, marginBottom: 16 }} />
        <Text style={{ fontSize: 11 }}>{formatDate(data.issuedAt, ctx.locale)}</Text>
        <Text style={{ fontSize: 11, color: MUTED, marginTop: 2 }}>
          {data.status === "draft" ? t.draftNotice : data.version !== null ? fill(t.version, { version: data.version }) : ""}
        </Text>
        <Text style={{ fontSize: 11, color: MUTED, marginTop: 24 }}>{fill(t.preparedBy, { firm: ctx.clean(data.branding.firmName) })}</Text>
      </View>
    </ReportPage>
  );
}
