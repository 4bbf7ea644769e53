import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { itemTheme, pillarName, score, signed } from "@/components/results/format";
import { ResultsShell, TooFewResultsPage } from "@/components/results/results-shell";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/session";
import { INDUSTRIES, SIZE_BANDS } from "@/lib/clients/industries";
import type { Locale } from "@/lib/model/types";
import { getBenchmark, getTrend } from "@/lib/results/compare";
import { resultsForPage } from "@/lib/results/page";
import { benchmarkFilterParam, type SearchParams } from "@/lib/results/schemas";
import { resultsHref } from "@/lib/results/urls";

export async function generateMetadata() {
  return { title: (await getTranslations("resultsTrend"))("title") };
}

export default async function ResultsTrendPage({
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
  const filter = benchmarkFilterParam(query);
  const t = await getTranslations("resultsTrend");
  const ti = await getTranslations("industries");
  const locale = (await getLocale()) as Locale;
  if (!analysis) return <TooFewResultsPage results={results} section="trend" />;
  const [trend, bench] = await Promise.all([
    getTrend(ctx, engagement, analysis.scores, weighting),
    getBenchmark(ctx, { excludeClientId: engagement.clientId, weighting, filter }),
  ]);
  const filterQuery = { industry: filter.industry ?? undefined, size: filter.sizeBand ?? undefined };
  const cell = "py-1.5 pr-3 text-right tabular-nums";
  const head = "py-1.5 pr-3 text-right font-medium";
  const topItems =
    trend.status === "ok" && trend.deltas.items
      ? trend.deltas.items
          .filter((i) => i.delta !== null && Math.abs(i.delta) >= 0.05)
          .sort((a, b) => Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0))
          .slice(0, 8)
      : [];
  const benchmark = bench.benchmark;

  return (
    <ResultsShell engagement={engagement} section="trend" weighting={weighting} toggle={{ query: filterQuery }}>
      <h2 className="mb-4 text-xl font-semibold">{t("title")}</h2>
      <div className="flex flex-col gap-6">
        <Card>
          <h3 className="mb-2 text-lg font-semibold">{t("trendHeading")}</h3>
          {trend.status === "none" ? (
            <p className="text-slate-700">
              {t("noPrevious")}{" "}
              <Link href={`/engagements/${engagement.id}/settings`} className="font-semibold text-blue-700 hover:underline">
                {t("toSettings")}
              </Link>
            </p>
          ) : trend.status === "no_results" ? (
            <p className="text-slate-700">{t("previousNoResults", { title: trend.previous.title })}</p>
          ) : (
            <>
              <p className="mb-2 text-sm text-slate-600">{t("previous", { title: trend.previous.title, n: trend.previous.n })}</p>
              {trend.deltas.mode === "pillarOnly" ? (
                <p className="mb-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                  {t("pillarOnly", { previous: trend.deltas.previousModelVersion, current: trend.deltas.currentModelVersion })}
                </p>
              ) : null}
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm" data-testid="trend-table">
                  <caption className="sr-only">{t("caption")}</caption>
                  <thead className="text-slate-600">
                    <tr>
                      <th scope="col" className="py-1.5 pr-3 font-medium">{t("colPillar")}</th>
                      <th scope="col" className={head}>{t("colPrevious")}</th>
                      <th scope="col" className={head}>{t("colCurrent")}</th>
                      <th scope="col" className={head}>{t("colDelta")}</th>
                      <th scope="col" className={head}>{t("colLevel")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {trend.deltas.pillars.map((p) => (
                      <tr key={p.pillar} className="border-t border-slate-100">
                        <th scope="row" className="py-1.5 pr-3 font-normal">{pillarName(model, p.pillar, locale)}</th>
                        <td className={cell}>{score(p.previous, locale)}</td>
                        <td className={cell}>{score(p.current, locale)}</td>
                        <td className={`${cell} font-semibold`}>{signed(p.delta, locale)}</td>
                        <td className={cell}>{t("levelChange", { from: p.previousStagedLevel ?? "–", to: p.currentStagedLevel ?? "–" })}</td>
                      </tr>
                    ))}
                    <tr className="border-t border-slate-200 bg-slate-50 font-semibold">
                      <th scope="row" className="py-1.5 pr-3">{t("overall")}</th>
                      <td className={cell}>{score(trend.previousScores.overall.mean, locale)}</td>
                      <td className={cell}>{score(analysis.scores.overall.mean, locale)}</td>
                      <td className={cell}>{signed(trend.deltas.overall.meanDelta, locale)}</td>
                      <td className={cell}>
                        {t("levelChange", { from: trend.previousScores.overall.honestLevel ?? "–", to: analysis.scores.overall.honestLevel ?? "–" })}
                      </td>
                    </tr>
                  </tbody>
                </table>
              </div>
              {topItems.length > 0 ? (
                <>
                  <h4 className="mb-1 mt-4 font-semibold">{t("itemsHeading")}</h4>
                  <table className="w-full text-left text-sm">
                    <caption className="sr-only">{t("itemsCaption")}</caption>
                    <thead className="text-slate-600">
                      <tr>
                        <th scope="col" className="py-1.5 pr-3 font-medium">{t("colItem")}</th>
                        <th scope="col" className={head}>{t("colPrevious")}</th>
                        <th scope="col" className={head}>{t("colCurrent")}</th>
                        <th scope="col" className={head}>{t("colDelta")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {topItems.map((i) => (
                        <tr key={i.key} className="border-t border-slate-100">
                          <th scope="row" className="py-1.5 pr-3 font-normal">
                            {itemTheme(model, i.key, locale)} <span className="text-slate-600">({pillarName(model, i.pillar, locale)})</span>
                          </th>
                          <td className={cell}>{score(i.previous, locale)}</td>
                          <td className={cell}>{score(i.current, locale)}</td>
                          <td className={`${cell} font-semibold`}>{signed(i.delta, locale)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              ) : null}
            </>
          )}
        </Card>

        <Card>
          <h3 className="mb-1 text-lg font-semibold">{t("benchmarkHeading")}</h3>
          <p className="mb-3 max-w-3xl text-sm text-slate-600">{t("benchmarkHelp")}</p>
          <form method="get" action={resultsHref(engagement.id, "trend")} className="mb-4">
            {weighting !== engagement.weighting ? <input type="hidden" name="weighting" value={weighting} /> : null}
            <fieldset className="flex flex-wrap items-end gap-3">
              <legend className="sr-only">{t("filterLegend")}</legend>
              <label className="flex flex-col gap-1 text-sm">
                <span className="font-medium">{t("filterIndustry")}</span>
                <select name="industry" defaultValue={filter.industry ?? ""} className="min-h-10 rounded border border-slate-300 bg-white px-2">
                  <option value="">{t("filterAll")}</option>
                  {INDUSTRIES.map((i) => (
                    <option key={i} value={i}>
                      {ti(i)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col gap-1 text-sm">
                <span className="font-medium">{t("filterSize")}</span>
                <select name="size" defaultValue={filter.sizeBand ?? ""} className="min-h-10 rounded border border-slate-300 bg-white px-2">
                  <option value="">{t("filterAll")}</option>
                  {SIZE_BANDS.map((s) => (
                    <option key={s} value={s}>
                      {t("sizeBand", { band: s })}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className={buttonClass("secondary")}>
                {t("filterApply")}
              </button>
            </fieldset>
          </form>
          {benchmark.hidden ? (
            <p className="text-slate-700" data-testid="benchmark-hidden">
              {t("hidden", { n: benchmark.n })}
            </p>
          ) : (
            <>
              <p className="mb-2 text-sm font-medium text-slate-800">{t("shown", { n: benchmark.n, engagements: bench.engagements })}</p>
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm" data-testid="benchmark-table">
                  <caption className="sr-only">{t("benchmarkCaption")}</caption>
                  <thead className="text-slate-600">
                    <tr>
                      <th scope="col" className="py-1.5 pr-3 font-medium">{t("colPillar")}</th>
                      <th scope="col" className={head}>{t("colThis")}</th>
                      <th scope="col" className={head}>{t("colBenchmark")}</th>
                      <th scope="col" className={head}>{t("colDifference")}</th>
                      <th scope="col" className={head}>{t("colN")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {benchmark.pillars.map((b) => {
                      const own = analysis.scores.pillars.find((p) => p.pillar === b.pillar)?.mean ?? null;
                      return (
                        <tr key={b.pillar} className="border-t border-slate-100">
                          <th scope="row" className="py-1.5 pr-3 font-normal">{pillarName(model, b.pillar, locale)}</th>
                          <td className={cell}>{score(own, locale)}</td>
                          <td className={cell}>{b.mean === null ? t("tooFewForPillar") : score(b.mean, locale)}</td>
                          <td className={cell}>{own === null || b.mean === null ? "–" : signed(own - b.mean, locale)}</td>
                          <td className={cell}>{b.n}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </Card>
      </div>
    </ResultsShell>
  );
}
