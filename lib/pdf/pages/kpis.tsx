/** KPI evidence: coverage per level, the KPIs per level (tracked or not) and the flags. */
import { Text, View } from "@react-pdf/renderer";
import { horizontalBar } from "../../charts/bars";
import { isBasicKpiLevel } from "../../model/evidence";
import type { ReportView } from "../../scoring/report-view";
import type { ReportContext } from "../context";
import { formatPercent } from "../format";
import { Bullets, Heading, Paragraph, ReportPage } from "../layout";
import { fill } from "../texts";
import { MUTED, RULE, SOFT, styles } from "../theme";

type OkView = Extract<ReportView, { status: "ok" }>;

export function KpiPage({ ctx, view }: { ctx: ReportContext; view: OkView }) {
  const { t, model, locale, palette } = ctx;
  const { kpis } = view.total;
  const BAR = 120;
  const kpiName = (key: string) => model.kpis.find((k) => k.key === key)?.name[locale] ?? key;
  return (
    <ReportPage ctx={ctx}>
      <Heading ctx={ctx} level={1}>
        {t.kpiTitle}
      </Heading>
      <Paragraph muted>{model.kpis.some((k) => k.rhythm) ? t.kpiIntroRhythm : t.kpiIntro}</Paragraph>
      <Heading ctx={ctx} level={3}>
        {t.kpiCoverage}
      </Heading>
      <View style={styles.table} wrap={false}>
        {kpis.coverage.map((c) => {
          const bar = horizontalBar(c.coverage, { min: 0, max: 1, width: BAR });
          return (
            <View key={c.level} style={{ ...styles.row, alignItems: "center" }}>
              <Text style={styles.cellWide}>
                {ctx.levelName(c.level)}
                {isBasicKpiLevel(model, c.level) ? ` (${t.kpiBasics})` : ""}
              </Text>
              <Text style={{ width: 70 }}>{fill(t.kpiCoverageLine, { tracked: c.tracked, listed: c.listed })}</Text>
              <View style={{ width: BAR, height: 7, backgroundColor: SOFT, borderRadius: 2, marginRight: 8 }}>
                {bar ? <View style={{ width: bar.width, height: 7, backgroundColor: palette.primary, borderRadius: 2 }} /> : null}
              </View>
              <Text style={{ width: 40, textAlign: "right" }}>{formatPercent(c.coverage, locale)}</Text>
            </View>
          );
        })}
      </View>

      <Heading ctx={ctx} level={3}>
        {t.kpiFlagsTitle}
      </Heading>
      {kpis.flags.length === 0 ? (
        <Paragraph muted>{t.kpiFlagsNone}</Paragraph>
      ) : (
        <Bullets
          ctx={ctx}
          items={kpis.flags.map((f) =>
            fill(t.kpiFlag, { pillar: ctx.pillarName(f.pillar), staged: f.stagedLevel, level: f.level, tracked: f.tracked, listed: f.listed }),
          )}
        />
      )}

      {model.levels.map((level) => {
        const items = kpis.items.filter((k) => k.level === level.level);
        if (items.length === 0) return null;
        return (
          <View key={level.level} wrap={false} style={{ marginTop: 8 }}>
            <Text style={{ fontWeight: 700, color: palette.primaryText, borderBottomWidth: 0.5, borderBottomColor: RULE, paddingBottom: 2, marginBottom: 2 }}>
              {ctx.levelName(level.level)}
            </Text>
            {items.map((k) => (
              <View key={k.key} style={{ flexDirection: "row", paddingVertical: 1.5 }}>
                <View style={{ width: 14, paddingTop: 4 }}>
                  <View style={{ width: 6, height: 6, borderRadius: 3, backgroundColor: k.tracked ? palette.primary : "#ffffff", borderWidth: 1, borderColor: k.tracked ? palette.primary : MUTED }} />
                </View>
                <Text style={{ flex: 1 }}>{kpiName(k.key)}</Text>
                <Text style={{ width: 80, textAlign: "right", color: k.tracked ? palette.primaryText : MUTED, fontSize: 8.5 }}>
                  {k.tracked ? t.kpiTracked : t.kpiNotTracked}
                </Text>
              </View>
            ))}
          </View>
        );
      })}
    </ReportPage>
  );
}
