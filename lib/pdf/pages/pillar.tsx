/**
 * One pillar: its figures, the current and next level from the model, the themes, consensus,
 * the groups exactly as the client-safe view shows them, and the consultant's rating.
 */
import { Text, View } from "@react-pdf/renderer";
import { horizontalBar } from "../../charts/bars";
import type { PillarKey, RoleGroup } from "../../model/types";
import { OTHER_GROUP_LABEL } from "../../scoring/client-safe";
import { consensusWord, type ConsensusWord } from "../../scoring/consensus";
import type { ReportGroup, ReportView } from "../../scoring/report-view";
import type { ReportContext } from "../context";
import { formatScore } from "../format";
import { Figure, Heading, Paragraph, ReportPage } from "../layout";
import { fill, type ReportTexts } from "../texts";
import { MUTED, RULE, SOFT, styles } from "../theme";

type OkView = Extract<ReportView, { status: "ok" }>;

const NARROW = { width: 20, textAlign: "right" as const, paddingRight: 6 };
const MEAN = { width: 52, textAlign: "right" as const, paddingRight: 8 };
const LEVEL = { width: 64, paddingLeft: 4 };
const COMPACT_ROW = { ...styles.row, paddingVertical: 2.5 };
const CONSENSUS_TEXT: Readonly<Record<ConsensusWord, keyof ReportTexts>> = {
  united: "consensusUnited",
  divided: "consensusDivided",
  strongly_divided: "consensusStronglyDivided",
};

function LevelCard({ ctx, title, description, tone }: { ctx: ReportContext; title: string; description: string; tone: "current" | "next" }) {
  return (
    <View style={{ ...styles.card, flex: 1, marginRight: tone === "current" ? 10 : 0, borderLeftWidth: 3, borderLeftColor: tone === "current" ? ctx.palette.primary : ctx.palette.accent }} wrap={false}>
      <Text style={{ fontWeight: 700, marginBottom: 2 }}>{title}</Text>
      <Text style={{ fontSize: 9 }}>{description}</Text>
    </View>
  );
}

function GroupTable({ ctx, pillar, title, groups, hidden, roleGroups }: { ctx: ReportContext; pillar: PillarKey; title: string; groups: readonly ReportGroup[]; hidden: number; roleGroups: boolean }) {
  const { t, locale, model } = ctx;
  const name = (g: ReportGroup) =>
    g.key === null ? OTHER_GROUP_LABEL[locale] : roleGroups ? (model.roleGroups[g.key as RoleGroup]?.[locale] ?? ctx.clean(g.key)) : ctx.clean(g.key);
  return (
    <View style={{ flex: 1, marginRight: roleGroups ? 14 : 0, marginBottom: 6 }}>
      <Text style={{ ...styles.small, fontWeight: 700, color: MUTED, marginBottom: 2 }}>{title}</Text>
      {groups.length === 0 ? (
        <Text style={{ ...styles.small, color: MUTED }}>{t.groupsNone}</Text>
      ) : (
        <View style={{ ...styles.table, fontSize: 9 }}>
          <View style={{ ...styles.headRow, borderBottomColor: RULE }}>
            <Text style={styles.cell}>{t.group}</Text>
            <Text style={NARROW}>n</Text>
            <Text style={MEAN}>{t.mean}</Text>
            <Text style={LEVEL}>{t.level}</Text>
          </View>
          {groups.map((g, i) => {
            const p = g.pillars.find((x) => x.pillar === pillar);
            return (
              <View key={i} style={COMPACT_ROW} wrap={false}>
                <Text style={styles.cell}>{name(g)}</Text>
                <Text style={NARROW}>{g.n}</Text>
                <Text style={MEAN}>{formatScore(p?.mean, locale)}</Text>
                <Text style={LEVEL}>{p?.stagedLevel ? ctx.levelName(p.stagedLevel) : t.noScore}</Text>
              </View>
            );
          })}
        </View>
      )}
      {hidden > 0 ? <Text style={{ ...styles.small, color: MUTED }}>{fill(t.groupsHidden, { n: hidden })}</Text> : null}
    </View>
  );
}

export function PillarPage({ ctx, view, pillar, index }: { ctx: ReportContext; view: OkView; pillar: PillarKey; index: number }) {
  const { t, model, locale, palette, data } = ctx;
  const def = model.pillars.find((p) => p.key === pillar)!;
  const figures = view.total.pillars.find((p) => p.pillar === pillar);
  const ambition = view.total.ambition.find((a) => a.pillar === pillar);
  const consensus = view.total.consensus?.pillars.find((c) => c.pillar === pillar) ?? null;
  const agreement = consensus ? consensusWord(consensus) : null;
  const rating = data.results.ratings.find((r) => r.pillar === pillar) ?? null;
  const staged = figures?.stagedLevel ?? null;
  const current = staged ? model.levels.find((l) => l.level === staged) : undefined;
  const next = staged ? model.levels.find((l) => l.level === staged + 1) : undefined;
  const BAR = 150;
  return (
    <ReportPage ctx={ctx}>
      <Text style={{ ...styles.small, color: palette.accentText, fontWeight: 700, letterSpacing: 0.5 }}>
        {fill(t.pillarEyebrow, { index: index + 1, count: model.pillars.length }).toUpperCase()}
      </Text>
      <Heading ctx={ctx} level={1}>
        {def.name[locale]}
      </Heading>
      <Paragraph muted>{def.description[locale]}</Paragraph>
      <View style={{ flexDirection: "row", marginTop: 2, marginBottom: 10 }}>
        <Figure ctx={ctx} value={formatScore(figures?.mean, locale)} label={t.mean} />
        <Figure ctx={ctx} value={staged ? ctx.levelName(staged) : t.noScore} label={t.level} />
        <Figure ctx={ctx} value={formatScore(ambition?.desired ?? null, locale)} label={t.desired} />
      </View>
      {figures?.unbalanced ? <Text style={{ ...styles.small, color: MUTED, marginBottom: 6 }}>{t.unbalancedNote}</Text> : null}
      {current ? (
        <View style={{ flexDirection: "row" }} wrap={false}>
          <LevelCard ctx={ctx} tone="current" title={fill(t.currentLevel, { level: ctx.levelName(current.level) })} description={current.description[locale]} />
          {next ? (
            <LevelCard ctx={ctx} tone="next" title={fill(t.nextLevel, { level: ctx.levelName(next.level) })} description={next.description[locale]} />
          ) : (
            <View style={{ ...styles.card, flex: 1 }}>
              <Text style={{ color: MUTED }}>{t.topLevel}</Text>
            </View>
          )}
        </View>
      ) : (
        <Paragraph muted>{t.noLevel}</Paragraph>
      )}

      <Heading ctx={ctx} level={3}>
        {t.themesTitle}
      </Heading>
      <View style={{ marginBottom: 4 }}>
        {def.items.map((item) => {
          const score = figures?.items.find((i) => i.key === item.key)?.score ?? null;
          const bar = horizontalBar(score, { min: 0, max: 5, width: BAR });
          return (
            <View key={item.key} style={{ flexDirection: "row", alignItems: "center", paddingVertical: 1 }} wrap={false}>
              <Text style={{ flex: 1, paddingRight: 8 }}>{item.theme[locale]}</Text>
              <View style={{ width: BAR, height: 7, backgroundColor: SOFT, borderRadius: 2 }}>
                {bar ? <View style={{ width: bar.width, height: 7, backgroundColor: palette.primary, borderRadius: 2 }} /> : null}
              </View>
              <Text style={{ width: 36, textAlign: "right" }}>{formatScore(score, locale)}</Text>
            </View>
          );
        })}
      </View>

      {/* In plain words for the client; the statistic (SD, r_wg) is in the method appendix. */}
      {agreement ? (
        <View wrap={false}>
          <Heading ctx={ctx} level={3}>
            {t.consensusTitle}
          </Heading>
          <Text style={{ color: agreement === "united" ? MUTED : palette.accentText }}>{t[CONSENSUS_TEXT[agreement]]}</Text>
        </View>
      ) : null}

      <Heading ctx={ctx} level={3}>
        {t.groupsTitle}
      </Heading>
      <View style={{ flexDirection: "row" }}>
        <GroupTable ctx={ctx} pillar={pillar} title={t.roleGroups} groups={view.roleGroups} hidden={view.hiddenRoleGroupRespondents} roleGroups />
        <GroupTable ctx={ctx} pillar={pillar} title={t.teams} groups={view.teams} hidden={view.hiddenTeamRespondents} roleGroups={false} />
      </View>

      {/* Left out without a rating. The heading stays with the first line; a long note may run onto the next page. */}
      {rating ? (
        <View wrap={false}>
          <Heading ctx={ctx} level={3}>
            {t.ratingTitle}
          </Heading>
          <Text style={{ fontWeight: 700 }}>{fill(t.ratingLine, { level: ctx.levelName(rating.level) })}</Text>
        </View>
      ) : null}
      {rating?.note ? <Text style={{ marginTop: 2 }}>{ctx.clean(rating.note)}</Text> : null}
    </ReportPage>
  );
}
