import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DistributionBar, SEGMENT_COLORS } from "@/components/results/distribution-bar";
import { fraction, levelName, percent, pillarName, roleGroupName, score, signed } from "@/components/results/format";
import { ResultsShell, TooFewSubmissions } from "@/components/results/results-shell";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/session";
import { itemByKey } from "@/lib/model";
import type { LevelNumber, Locale } from "@/lib/model/types";
import { getTrend } from "@/lib/results/compare";
import { resultsForPage } from "@/lib/results/page";
import type { SearchParams } from "@/lib/results/schemas";
import { resultsHref } from "@/lib/results/urls";
import { itemRows } from "@/lib/results/views";

export async function generateMetadata() {
  return { title: (await getTranslations("resultsItems"))("title") };
}

export default async function ResultsItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ engagementId: string; itemKey: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await requirePage("results.view");
  const [{ engagementId, itemKey }, query] = await Promise.all([params, searchParams]);
  const results = await resultsForPage(ctx, engagementId, query);
  const { engagement, model, analysis, weighting } = results;
  let key: string;
  try {
    key = decodeURIComponent(itemKey);
  } catch {
    notFound();
  }
  const item = itemByKey(model, key);
  if (!item) notFound();
  const t = await getTranslations("resultsItems.detail");
  const ti = await getTranslations("resultsItems");
  const tr = await getTranslations("results");
  const locale = (await getLocale()) as Locale;
  const carry = weighting !== engagement.weighting ? { weighting } : {};
  const back = (
    <Link href={resultsHref(engagement.id, "items", carry)} className="mb-3 inline-block text-sm font-semibold text-blue-700 hover:underline">
      ← {t("back")}
    </Link>
  );
  if (!analysis) {
    return (
      <ResultsShell engagement={engagement} section="items" weighting={weighting}>
        {back}
        <TooFewSubmissions engagementId={engagement.id} submitted={results.response.submitted} />
      </ResultsShell>
    );
  }
  const row = itemRows(model, analysis, results.responses).find((r) => r.key === item.key)!;
  const trend = await getTrend(ctx, engagement, analysis.scores, weighting);
  const delta = trend.status === "ok" ? (trend.deltas.items?.find((d) => d.key === item.key)?.delta ?? null) : null;
  const gap = analysis.perceptionGap.available ? analysis.perceptionGap.items.find((g) => g.key === item.key) : undefined;
  const d = row.distribution;
  const withLevel = row.score.n;
  const theme = item.theme[locale] || item.theme.nl;
  const c = row.consensus;
  const figures: [string, React.ReactNode][] = [
    [t("score"), score(row.score.score, locale)],
    [t("n"), withLevel],
    [t("sd"), c.sd === null ? t("tooFew") : score(c.sd, locale, 2)],
    [t("range"), c.range ? `${c.range.min}–${c.range.max}` : "–"],
    [t("rwg"), c.rwg === null ? t("tooFew") : fraction(c.rwg, locale)],
    [t("discuss"), c.discuss === null ? "–" : c.discuss ? tr("yes") : tr("no")],
  ];
  if (gap) figures.push([t("gap"), `${signed(gap.gap, locale)}${gap.flagged ? ` (${tr("discuss").toLowerCase()})` : ""}`]);
  if (delta !== null) figures.push([t("delta"), signed(delta, locale)]);

  return (
    <ResultsShell engagement={engagement} section="items" weighting={weighting} toggle={{ sub: item.key }}>
      {back}
      <h2 className="text-xl font-semibold" data-testid="item-title">
        {theme}
      </h2>
      <p className="mb-1 text-sm text-slate-600">{pillarName(model, item.pillar, locale)}</p>
      <p className="mb-5 max-w-3xl text-slate-800">
        <span className="font-medium">{t("question")}: </span>
        {item.question[locale] || item.question.nl}
      </p>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <h3 className="mb-1 text-lg font-semibold">{t("statementsHeading")}</h3>
          <p className="mb-3 text-sm text-slate-600">{t("asked", { n: row.signals.asked })}</p>
          <div className="mb-3">
            <DistributionBar
              distribution={d}
              width={360}
              height={20}
              label={ti("distributionLabel", { l1: d.levels[1], l2: d.levels[2], l3: d.levels[3], l4: d.levels[4], l5: d.levels[5], dk: d.dontKnow, na: d.notApplicable })}
            />
          </div>
          <table className="w-full text-left text-sm" data-testid="statements-table">
            <caption className="sr-only">{t("statementsCaption")}</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">{t("colLevel")}</th>
                <th scope="col" className="py-1.5 pr-3 font-medium">{t("colStatement")}</th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("colCount")}</th>
                <th scope="col" className="py-1.5 text-right font-medium">{t("colShare")}</th>
              </tr>
            </thead>
            <tbody>
              {([1, 2, 3, 4, 5] as LevelNumber[]).map((level) => (
                <tr key={level} className="border-t border-slate-100 align-top">
                  <th scope="row" className="whitespace-nowrap py-2 pr-3 font-medium">
                    <span aria-hidden="true" className="mr-1.5 inline-block size-3 rounded-sm" style={{ backgroundColor: SEGMENT_COLORS[`l${level}`] }} />
                    {level} {levelName(model, level, locale)}
                  </th>
                  <td className="py-2 pr-3 text-slate-800">{item.statements[level][locale] || item.statements[level].nl}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{d.levels[level]}</td>
                  <td className="py-2 text-right tabular-nums">{percent(withLevel === 0 ? null : d.levels[level] / withLevel, locale)}</td>
                </tr>
              ))}
              <tr className="border-t border-slate-200 text-slate-700">
                <th scope="row" className="py-2 pr-3 font-medium" colSpan={2}>
                  {tr("answer.dont_know")}
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{d.dontKnow}</td>
                <td className="py-2 text-right tabular-nums">{percent(row.signals.dontKnowRate, locale)}</td>
              </tr>
              <tr className="border-t border-slate-100 text-slate-700">
                <th scope="row" className="py-2 pr-3 font-medium" colSpan={2}>
                  {tr("answer.not_applicable")}
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{d.notApplicable}</td>
                <td className="py-2 text-right tabular-nums">{percent(row.signals.notApplicableRate, locale)}</td>
              </tr>
              <tr className="border-t border-slate-100 text-slate-700">
                <th scope="row" className="py-2 pr-3 font-medium" colSpan={2}>
                  {tr("answer.none")}
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{row.signals.unanswered}</td>
                <td className="py-2 text-right tabular-nums">{percent(row.signals.asked === 0 ? null : row.signals.unanswered / row.signals.asked, locale)}</td>
              </tr>
            </tbody>
          </table>
        </Card>
        <Card>
          <h3 className="mb-2 text-lg font-semibold">{t("figuresHeading")}</h3>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
            {figures.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-600">{label}</dt>
                <dd className="text-right font-medium tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
      <Card className="mt-6">
        <h3 className="mb-2 text-lg font-semibold">{t("byRoleGroupHeading")}</h3>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("byRoleGroupCaption")}</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">{t("colRoleGroup")}</th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("colMean")}</th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("colAnswered")}</th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("colDontKnow")}</th>
                <th scope="col" className="py-1.5 text-right font-medium">{t("colNotApplicable")}</th>
              </tr>
            </thead>
            <tbody>
              {row.signals.byRoleGroup.map((g) => {
                const mean = row.score.byRoleGroup.find((m) => m.roleGroup === g.roleGroup);
                return (
                  <tr key={g.roleGroup} className="border-t border-slate-100">
                    <th scope="row" className="py-1.5 pr-3 font-normal">{roleGroupName(model, g.roleGroup, locale)}</th>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{score(mean?.mean ?? null, locale)}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">
                      {g.answered} / {g.asked}
                    </td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{g.dontKnow}</td>
                    <td className="py-1.5 text-right tabular-nums">{g.notApplicable}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
    </ResultsShell>
  );
}
