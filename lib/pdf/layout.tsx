/** The page frame (header, footer with page numbers, draft watermark) and small text blocks. */
import type { ReactNode } from "react";
import { Page, Text, View } from "@react-pdf/renderer";
import { shorten, type ReportContext } from "./context";
import { fill } from "./texts";
import { MUTED, styles } from "./theme";

export function footerLine(ctx: ReportContext): string {
  const { branding } = ctx.data;
  // One line: a long footer text must not push the page numbers off the page.
  return shorten(ctx.clean(branding.footerText) || ctx.clean(branding.firmName), 90);
}

export function ReportPage({ ctx, children, cover = false }: { ctx: ReportContext; children: ReactNode; cover?: boolean }) {
  const { t, data, palette } = ctx;
  const draft = data.status === "draft";
  return (
    <Page size="A4" style={{ ...styles.page, fontFamily: [...ctx.fontFamily], ...(cover ? { paddingTop: 0, paddingHorizontal: 0 } : {}) }} wrap>
      {draft ? (
        <Text
          fixed
          style={{
            position: "absolute",
            top: 380,
            left: 60,
            fontSize: 96,
            fontWeight: 700,
            color: palette.accent,
            opacity: 0.07,
            transform: "rotate(-35deg)",
          }}
        >
          {t.draftMark.toUpperCase()}
        </Text>
      ) : null}
      {cover ? null : (
        <View fixed style={styles.header}>
          <Text style={{ maxWidth: 380 }}>{shorten(`${ctx.clean(data.results.engagement.clientName)} · ${t.reportKind}`, 90)}</Text>
          <Text style={{ color: draft ? palette.accentText : MUTED, fontWeight: draft ? 700 : 400 }}>
            {draft ? t.draftMark : data.version !== null ? fill(t.version, { version: data.version }) : ""}
          </Text>
        </View>
      )}
      {children}
      <View fixed style={styles.footer}>
        <Text style={styles.footerText}>{footerLine(ctx)}</Text>
        <Text render={({ pageNumber, totalPages }) => fill(t.pageOf, { page: pageNumber, total: totalPages })} />
      </View>
    </Page>
  );
}

/** A section heading in the brand colour that never ends up alone at the bottom of a page. */
export function Heading({ ctx, children, level = 2, first = false }: { ctx: ReportContext; children: ReactNode; level?: 1 | 2 | 3; first?: boolean }) {
  const style = level === 1 ? styles.h1 : level === 2 ? styles.h2 : styles.h3;
  return (
    <Text minPresenceAhead={60} style={{ ...style, color: ctx.palette.primaryText, ...(first ? { marginTop: 0 } : {}) }}>
      {children}
    </Text>
  );
}

export function Paragraph({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  return <Text style={muted ? { ...styles.paragraph, color: MUTED } : styles.paragraph}>{children}</Text>;
}

export function Bullets({ ctx, items }: { ctx: ReportContext; items: readonly ReactNode[] }) {
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} style={styles.listItem} wrap>
          <Text style={{ ...styles.bullet, color: ctx.palette.accentText }}>•</Text>
          <Text style={styles.listText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

/** A big figure with its label (the overall mean, the honest score). */
export function Figure({ ctx, value, label }: { ctx: ReportContext; value: string; label: string }) {
  return (
    <View style={{ flex: 1, borderLeftWidth: 3, borderLeftColor: ctx.palette.accent, paddingLeft: 10, marginRight: 12 }}>
      <Text style={{ fontSize: 20, fontWeight: 700, color: ctx.palette.primaryText, lineHeight: 1.2 }}>{value}</Text>
      <Text style={{ fontSize: 8.5, color: MUTED }}>{label}</Text>
    </View>
  );
}
