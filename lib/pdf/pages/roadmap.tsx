/**
 * The roadmap as a timeline of the four periods with their actions (generated items in the
 * report language unless the consultant wrote their own text), then per pillar current → target
 * and the KPIs to introduce.
 */
import { Text, View } from "@react-pdf/renderer";
import type { RoadmapItem } from "../../roadmap/document";
import { PHASES } from "../../scoring/roadmap";
import type { ReportContext } from "../context";
import { formatQuarter, PHASE_LABEL_KEYS } from "../format";
import { Heading, Paragraph, ReportPage } from "../layout";
import { fill } from "../texts";
import { MUTED, RULE, styles, textOn } from "../theme";

/** Title and description of an item in the report language. */
export function itemText(ctx: ReportContext, item: RoadmapItem): { title: string; description: string } {
  const action = item.actionKey ? ctx.model.actions.find((a) => a.key === item.actionKey) : undefined;
  return {
    title: item.title !== null ? ctx.clean(item.title) : (action?.title[ctx.locale] ?? ""),
    description: item.description !== null ? ctx.clean(item.description) : (action?.description[ctx.locale] ?? ""),
  };
}

/** Short cards stay in one piece; a very long text may run over a page break. */
function isShort(ctx: ReportContext, item: RoadmapItem): boolean {
  const { title, description } = itemText(ctx, item);
  return title.length + description.length < 700;
}

function ItemCard({ ctx, item }: { ctx: ReportContext; item: RoadmapItem }) {
  const { t, palette } = ctx;
  const { title, description } = itemText(ctx, item);
  const meta = [
    item.owner ? `${t.owner}: ${ctx.clean(item.owner)}` : null,
    item.targetQuarter ? `${t.quarter}: ${formatQuarter(ctx.clean(item.targetQuarter))}` : null,
  ].filter((x): x is string => x !== null && x !== "");
  const short = isShort(ctx, item);
  return (
    <View wrap={!short} style={{ marginBottom: 8, paddingLeft: 14, position: "relative" }}>
      <View style={{ position: "absolute", left: -4.5, top: 4, width: 8, height: 8, borderRadius: 4, backgroundColor: "#ffffff", borderWidth: 1.5, borderColor: palette.primary }} />
      <Text style={{ ...styles.small, color: palette.accentText, fontWeight: 700 }}>
        {(item.pillar ? ctx.pillarName(item.pillar) : t.general).toUpperCase()}
      </Text>
      <Text style={{ fontWeight: 700, fontSize: 10.5, lineHeight: 1.3 }}>{title || "–"}</Text>
      {description ? <Text style={{ marginTop: 1 }}>{description}</Text> : null}
      {meta.length > 0 ? <Text style={{ ...styles.small, color: MUTED, marginTop: 1 }}>{meta.join("   ·   ")}</Text> : null}
    </View>
  );
}

export function RoadmapPage({ ctx }: { ctx: ReportContext }) {
  const { t, palette, data, model, locale } = ctx;
  const { items, pillars } = data.roadmap;
  const kpiName = (key: string) => model.kpis.find((k) => k.key === key)?.name[locale] ?? key;
  return (
    <ReportPage ctx={ctx}>
      <Heading ctx={ctx} level={1}>
        {t.roadmapTitle}
      </Heading>
      <Paragraph muted>{t.roadmapIntro}</Paragraph>
      <View style={{ marginBottom: 6 }}>
        <Heading ctx={ctx} level={2}>
          {t.targetsTitle}
        </Heading>
        <View style={styles.table}>
          <View style={{ ...styles.headRow, borderBottomColor: palette.primary }}>
            <Text style={styles.cell}>{t.pillar}</Text>
            <Text style={styles.cell}>{`${t.level}`}</Text>
            <Text style={styles.cellWide}>{t.kpisToIntroduce}</Text>
          </View>
          {pillars.map((p) => {
            const kpis = p.steps.flatMap((s) => s.kpiKeys.map(kpiName));
            return (
              <View key={p.pillar} style={styles.row} wrap={false}>
                <Text style={{ ...styles.cell, fontWeight: 700 }}>{ctx.pillarName(p.pillar)}</Text>
                <Text style={styles.cell}>
                  {p.steps.length > 0 && p.current && p.target
                    ? fill(t.targetLine, { current: ctx.levelName(p.current), target: ctx.levelName(p.target) })
                    : `${p.current ? ctx.levelName(p.current) : "–"} (${t.targetNone})`}
                </Text>
                <Text style={styles.cellWide}>{kpis.length > 0 ? kpis.join(" · ") : t.kpisNone}</Text>
              </View>
            );
          })}
        </View>
      </View>
      {items.length === 0 ? null : (
        <Heading ctx={ctx} level={2}>
          {t.timelineTitle}
        </Heading>
      )}
      {items.length === 0
        ? null
        : PHASES.map((phase) => {
            const inPhase = items.filter((i) => i.phase === phase);
            const [first, ...rest] = inPhase;
            // A period without actions is left out rather than printed empty.
            if (!first) return null;
            const line = { marginLeft: 12, borderLeftWidth: 1.5, borderLeftColor: palette.primary };
            return (
              <View key={phase} style={{ marginTop: 10 }}>
                {/* The period label never ends a page alone: it stays with its first action. */}
                <View wrap={!isShort(ctx, first)}>
                  <View style={{ flexDirection: "row", alignItems: "center", marginBottom: 6 }}>
                    <Text style={{ backgroundColor: palette.primary, color: textOn(palette.primary), fontWeight: 700, fontSize: 10, paddingHorizontal: 8, paddingVertical: 3, borderRadius: 3 }}>
                      {t[PHASE_LABEL_KEYS[phase]]}
                    </Text>
                    <View style={{ flex: 1, height: 1, backgroundColor: RULE, marginLeft: 8 }} />
                  </View>
                  <View style={{ ...line, paddingTop: 2 }}>
                    <ItemCard ctx={ctx} item={first} />
                  </View>
                </View>
                {rest.length > 0 ? (
                  <View style={line}>
                    {rest.map((item) => (
                      <ItemCard key={item.id} ctx={ctx} item={item} />
                    ))}
                  </View>
                ) : null}
              </View>
            );
          })}
    </ReportPage>
  );
}
