/** Overall maturity: the two headline figures, the radar and the per-pillar table. */
import { Text, View } from "@react-pdf/renderer";
import type { ReportView } from "../../scoring/report-view";
import type { ReportContext } from "../context";
import { formatScore } from "../format";
import { Figure, Heading, Paragraph, ReportPage } from "../layout";
import { RadarChart } from "../radar";
import { MUTED, styles } from "../theme";

type OkView = Extract<ReportView, { status: "ok" }>;

export function OverviewPage({ ctx, view }: { ctx: ReportContext; view: OkView }) {
  const { t, model, locale, palette, data } = ctx;
  const pillars = model.pillars.map((p) => {
    const figures = view.total.pillars.find((x) => x.pillar === p.key);
    const ambition = view.total.ambition.find((x) => x.pillar === p.key);
    const rating = data.results.ratings.find((r) => r.pillar === p.key);
    return { key: p.key, name: p.name[locale], figures, desired: ambition?.desired ?? null, rating: rating?.level ?? null };
  });
  const anyRating = pillars.some((p) => p.rating !== null);
  const anyUnbalanced = pillars.some((p) => p.figures?.unbalanced);
  const lines = [
    { label: t.seriesCurrent, values: pillars.map((p) => p.figures?.mean ?? null), color: palette.primary, fill: true },
    { label: t.seriesDesired, values: pillars.map((p) => p.desired), color: palette.accent, dash: "4 3" },
    ...(anyRating ? [{ label: t.seriesRating, values: pillars.map((p) => p.rating), color: "#6b21a8", dash: "1.5 2" }] : []),
  ];
  return (
    <ReportPage ctx={ctx}>
      <Heading ctx={ctx} level={1}>
        {t.overviewTitle}
      </Heading>
      <Paragraph muted>{t.overviewIntro}</Paragraph>
      <View style={{ flexDirection: "row", marginTop: 8, marginBottom: 6 }}>
        <Figure ctx={ctx} value={formatScore(view.total.overall.mean, locale)} label={t.overallMean} />
        <Figure ctx={ctx} value={ctx.levelName(view.total.overall.honestLevel)} label={t.honestLevel} />
        <Figure ctx={ctx} value={String(view.total.n)} label={t.respondents} />
      </View>
      <RadarChart ctx={ctx} axes={pillars.map((p) => p.name)} lines={lines} />
      <View style={styles.table} wrap={false}>
        <View style={{ ...styles.headRow, borderBottomColor: palette.primary }}>
          <Text style={styles.cellWide}>{t.pillar}</Text>
          <Text style={styles.cellNum}>{t.mean}</Text>
          <Text style={styles.cell}>{t.level}</Text>
          <Text style={styles.cellNum}>{t.desired}</Text>
          {anyRating ? <Text style={styles.cell}>{t.consultantLevel}</Text> : null}
        </View>
        {pillars.map((p) => (
          <View key={p.key} style={styles.row}>
            <Text style={{ ...styles.cellWide, fontWeight: 700 }}>
              {p.name}
              {p.figures?.unbalanced ? <Text style={{ fontWeight: 400, color: ctx.palette.accentText }}>{` (${t.unbalanced})`}</Text> : null}
            </Text>
            <Text style={styles.cellNum}>{formatScore(p.figures?.mean, locale)}</Text>
            <Text style={styles.cell}>{p.figures?.stagedLevel ? ctx.levelName(p.figures.stagedLevel) : t.noScore}</Text>
            <Text style={styles.cellNum}>{formatScore(p.desired, locale)}</Text>
            {anyRating ? <Text style={styles.cell}>{p.rating ? ctx.levelName(p.rating) : "–"}</Text> : null}
          </View>
        ))}
      </View>
      {anyUnbalanced ? <Text style={{ ...styles.small, color: MUTED }}>{t.unbalancedNote}</Text> : null}
    </ReportPage>
  );
}
