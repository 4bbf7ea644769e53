import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { itemTheme, levelName, pillarName, score } from "@/components/results/format";
import { PillarBars } from "@/components/results/pillar-bars";
import { RadarChart, type RadarSeriesInput } from "@/components/results/radar-chart";
import { ResponseCard } from "@/components/results/response-card";
import { ResultsShell, TooFewSubmissions } from "@/components/results/results-shell";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/session";
import type { Locale } from "@/lib/model/types";
import { getBenchmark, getTrend } from "@/lib/results/compare";
import { resultsForPage } from "@/lib/results/page";
import { listRatings, ratingLevels } from "@/lib/results/ratings";
import type { SearchParams } from "@/lib/results/schemas";
import { exportHref, resultsHref } from "@/lib/results/urls";
import { discussList, itemRows } from "@/lib/results/views";

export async function generateMetadata() {
  return { title: (await getTranslations("results"))("title") };
}

export default async function ResultsOverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ engagementId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await requirePage("results.view");
  const [{ engagementId }, query] = await Promise.all([params, searchParams]);
  const results = await resultsForPage(ctx, engagementId, query);
  const { engagement, model, analysis, weighting } = results;
  const t = await getTranslations("resultsOverview");
  const tr = await getTranslations("results");
  const locale = (await getLocale()) as Locale;
  const carry = weighting !== engagement.weighting ? { weighting } : {};

  if (!analysis) {
    return (
      <ResultsShell engagement={engagement} section="overview" weighting={weighting}>
        <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
          <ResponseCard response={results.response} model={model} />
          <TooFewSubmissions engagementId={engagement.id} submitted={results.response.submitted} />
        </div>
      </ResultsShell>
    );
  }

  const [ratings, trend, bench] = await Promise.all([
    listRatings(ctx, engagement.id),
    getTrend(ctx, engagement, analysis.scores, weighting),
    getBenchmark(ctx, { excludeClientId: engagement.clientId, weighting, filter: { industry: null, sizeBand: null } }),
  ]);
  const levels = ratingLevels(ratings);
  const pillars = model.pillars.map((p) => p.key);
  const axes = pillars.map((p) => pillarName(model, p, locale));
  const series: RadarSeriesInput[] = [
    { key: "current", label: t("series.current"), values: analysis.scores.pillars.map((p) => p.mean) },
    { key: "desired", label: t("series.desired"), values: pillars.map((p) => analysis.ambition.find((a) => a.pillar === p)?.desired ?? null) },
  ];
  const unavailable: string[] = [];
  if (ratings.length > 0) series.push({ key: "rating", label: t("series.rating"), values: pillars.map((p) => levels[p]) });
  else unavailable.push(t("unavailable.rating"));
  if (trend.status === "ok") {
    series.push({ key: "previous", label: t("series.previous"), values: pillars.map((p) => trend.previousScores.pillars.find((x) => x.pillar === p)?.mean ?? null) });
  } else unavailable.push(trend.status === "none" ? t("unavailable.previous") : t("unavailable.previousNoResults"));
  const benchmark = bench.benchmark;
  if (!benchmark.hidden) {
    series.push({
      key: "benchmark",
      label: t("series.benchmark", { n: benchmark.n }),
      values: pillars.map((p) => benchmark.pillars.find((x) => x.pillar === p)?.mean ?? null),
    });
  } else unavailable.push(t("unavailable.benchmark", { n: benchmark.n }));

  const discuss = discussList(itemRows(model, analysis, results.responses));
  const overall = analysis.scores.overall;

  return (
    <ResultsShell engagement={engagement} section="overview" weighting={weighting} toggle={{}}>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("overallHeading")}</h2>
          <dl className="grid grid-cols-2 gap-4">
            <div>
              <dt className="text-sm text-slate-600">{t("mean")}</dt>
              <dd className="text-3xl font-semibold tabular-nums" data-testid="overall-mean">
                {score(overall.mean, locale)}
              </dd>
              <dd className="mt-1 text-xs text-slate-600">{t("meanHelp")}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{t("honest")}</dt>
              <dd className="text-3xl font-semibold" data-testid="honest-level">
                {overall.honestLevel === null ? "–" : overall.honestLevel}
                {overall.honestLevel !== null ? <span className="ml-2 text-lg font-normal">{levelName(model, overall.honestLevel, locale)}</span> : null}
              </dd>
              <dd className="mt-1 text-xs text-slate-600">{t("honestHelp")}</dd>
            </div>
          </dl>
          {!overall.complete ? <p className="mt-3 text-sm text-amber-800">{t("incomplete", { count: overall.pillarsScored })}</p> : null}
          <PillarBars
            desiredLabel={t("barsDesired")}
            bars={analysis.scores.pillars.map((p, i) => {
              const desired = analysis.ambition.find((a) => a.pillar === p.pillar)?.desired ?? null;
              return {
                key: p.pillar,
                label: axes[i] ?? p.pillar,
                mean: p.mean,
                meanText: score(p.mean, locale),
                desired,
                description: t("barDescription", { pillar: axes[i] ?? p.pillar, mean: score(p.mean, locale), desired: score(desired, locale) }),
              };
            })}
          />
        </Card>
        <ResponseCard response={results.response} model={model} />
        <Card className="lg:col-span-2">
          <h2 className="mb-3 text-lg font-semibold">{t("radarHeading")}</h2>
          <RadarChart axes={axes} series={series} legend={t("radarLegend")} label={t("radarLabel")} />
          {unavailable.length > 0 ? (
            <ul className="mt-3 list-disc pl-5 text-sm text-slate-600">
              {unavailable.map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ul>
          ) : null}
          <div className="mt-4 overflow-x-auto" role="region" aria-label={t("tableCaption")} tabIndex={0}>
            <table className="w-full text-left text-sm" data-testid="radar-table">
              <caption className="mb-1 text-left text-sm font-medium text-slate-700">{t("tableCaption")}</caption>
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-2 py-1.5 font-medium">{t("colPillar")}</th>
                  {series.map((s) => (
                    <th key={s.key} scope="col" className="px-2 py-1.5 text-right font-medium">
                      {s.label}
                    </th>
                  ))}
                  <th scope="col" className="px-2 py-1.5 font-medium">{t("colLevel")}</th>
                </tr>
              </thead>
              <tbody>
                {pillars.map((p, i) => {
                  const staged = analysis.scores.pillars[i]?.stagedLevel ?? null;
                  return (
                    <tr key={p} className="border-t border-slate-100">
                      <th scope="row" className="px-2 py-1.5 font-normal">{axes[i]}</th>
                      {series.map((s) => (
                        <td key={s.key} className="px-2 py-1.5 text-right tabular-nums">
                          {s.key === "rating" ? (s.values[i] ?? "–") : score(s.values[i], locale)}
                        </td>
                      ))}
                      <td className="px-2 py-1.5">{staged === null ? "–" : tr("level", { level: staged, name: levelName(model, staged, locale) })}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("discussHeading")}</h2>
          {discuss.length === 0 ? (
            <p className="text-sm text-slate-700">{t("discussNone")}</p>
          ) : (
            <>
              <ol className="mb-3 list-decimal pl-5 text-sm">
                {discuss.slice(0, 5).map((row) => (
                  <li key={row.key} className="py-0.5">
                    <Link href={resultsHref(engagement.id, "items", carry, row.key)} className="text-blue-700 underline hover:no-underline">
                      {itemTheme(model, row.key, locale)}
                    </Link>{" "}
                    <span className="text-slate-600">
                      ({pillarName(model, row.pillar, locale)}; r_wg {score(row.consensus.rwg, locale, 2)})
                    </span>
                  </li>
                ))}
              </ol>
              <Link href={resultsHref(engagement.id, "items", carry)} className="text-sm font-semibold text-blue-700 hover:underline">
                {t("discussAll", { count: discuss.length })}
              </Link>
            </>
          )}
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("exportHeading")}</h2>
          <ul className="flex flex-col gap-3 text-sm">
            <li>
              <a href={exportHref(engagement.id, "answers")} download className="font-semibold text-blue-700 hover:underline">
                {t("exportAnswers")}
              </a>
              <p className="text-slate-600">{t("exportAnswersHelp")}</p>
            </li>
            <li>
              <a href={exportHref(engagement.id, "aggregates")} download className="font-semibold text-blue-700 hover:underline">
                {t("exportAggregates")}
              </a>
              <p className="text-slate-600">{t("exportAggregatesHelp", { k: engagement.anonymityK })}</p>
            </li>
          </ul>
          <p className="mt-3 text-xs text-slate-600">{t("excel")}</p>
        </Card>
      </div>
    </ResultsShell>
  );
}
