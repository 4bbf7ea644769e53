import { getLocale, getTranslations } from "next-intl/server";
import { kpiName, levelName, percent, pillarName } from "@/components/results/format";
import { ResultsShell, TooFewResultsPage } from "@/components/results/results-shell";
import { Card } from "@/components/ui/card";
import { horizontalBar } from "@/lib/charts/bars";
import { requirePage } from "@/lib/auth/session";
import { isBasicKpiLevel } from "@/lib/model";
import type { Locale } from "@/lib/model/types";
import { resultsForPage } from "@/lib/results/page";
import type { SearchParams } from "@/lib/results/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("resultsKpis"))("title") };
}

export default async function ResultsKpisPage({
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
  const t = await getTranslations("resultsKpis");
  const locale = (await getLocale()) as Locale;
  if (!analysis) return <TooFewResultsPage results={results} section="kpis" />;
  const { kpis, coverage, flags } = analysis.kpis;
  const BAR = 160;
  return (
    <ResultsShell engagement={engagement} section="kpis" weighting={weighting} toggle={{}}>
      <h2 className="mb-1 text-xl font-semibold">{t("title")}</h2>
      <p className="mb-1 max-w-3xl text-slate-600">{t(model.kpis.some((k) => k.rhythm) ? "descriptionRhythm" : "description")}</p>
      <p className="mb-4 max-w-3xl text-sm text-slate-600">
        {t("rule")}
        {model.kpiEvidenceFromLevel !== undefined ? ` ${t("ruleBasics")}` : null}
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h3 className="mb-2 text-lg font-semibold">{t("coverageHeading")}</h3>
          <table className="w-full text-left text-sm" data-testid="kpi-coverage">
            <caption className="sr-only">{t("coverageCaption")}</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">{t("colLevel")}</th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("colTracked")}</th>
                <th scope="col" className="py-1.5 font-medium">{t("colCoverage")}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.map((c) => {
                const bar = horizontalBar(c.coverage, { min: 0, max: 1, width: BAR });
                return (
                  <tr key={c.level} className="border-t border-slate-100">
                    <th scope="row" className="py-1.5 pr-3 font-normal">
                      {c.level} {levelName(model, c.level, locale)}
                      {isBasicKpiLevel(model, c.level) ? <span className="block text-xs text-slate-600">{t("basic")}</span> : null}
                    </th>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{t("trackedOf", { tracked: c.tracked, listed: c.listed })}</td>
                    <td className="py-1.5">
                      <span className="flex items-center gap-2">
                        <svg width={BAR} height={12} aria-hidden="true">
                          <rect x={0} y={0} width={BAR} height={12} fill="#e2e8f0" />
                          {bar ? <rect x={bar.x} y={0} width={bar.width} height={12} fill={c.coverage !== null && c.coverage < 0.5 ? "#d97706" : "#047857"} /> : null}
                        </svg>
                        <span className="tabular-nums">{percent(c.coverage, locale)}</span>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
        <Card>
          <h3 className="mb-2 text-lg font-semibold">{t("flagsHeading")}</h3>
          {flags.length === 0 ? (
            <p className="text-slate-700">{t("flagsNone")}</p>
          ) : (
            <ul className="flex flex-col gap-2 text-sm" data-testid="kpi-flags">
              {flags.map((f) => (
                <li key={`${f.pillar}-${f.level}`} className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-amber-950">
                  {t("flag", { pillar: pillarName(model, f.pillar, locale), staged: f.stagedLevel, level: f.level, tracked: f.tracked, listed: f.listed })}
                  {f.untrackedPillarKpis.length > 0 ? (
                    <span className="mt-1 block text-amber-900">{t("flagPillarKpis", { list: f.untrackedPillarKpis.map((k) => kpiName(model, k, locale)).join(", ") })}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <h3 className="mb-2 mt-6 text-lg font-semibold">{t("listHeading")}</h3>
      <div className="flex flex-col gap-4">
        {([1, 2, 3, 4, 5] as const).map((level) => (
          <div key={level} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full min-w-[44rem] text-left text-sm">
              <caption className="px-3 pt-3 text-left font-semibold text-slate-900">
                {t(isBasicKpiLevel(model, level) ? "listCaptionBasic" : "listCaption", { level, name: levelName(model, level, locale) })}
              </caption>
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">{t("colKpi")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("colPillar")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{t("colYes")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{t("colNo")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{t("colDontKnow")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{t("colEmpty")}</th>
                  <th scope="col" className="px-3 py-2 font-medium">{t("colStatus")}</th>
                </tr>
              </thead>
              <tbody>
                {kpis
                  .filter((k) => k.level === level)
                  .map((k) => (
                    <tr key={k.key} className="border-t border-slate-100">
                      <th scope="row" className="px-3 py-1.5 text-left font-normal">{kpiName(model, k.key, locale)}</th>
                      <td className="px-3 py-1.5">{pillarName(model, k.pillar, locale)}</td>
                      <td className="px-3 py-1.5 text-right tabular-nums">{k.yes}</td>
                      <td className="px-3 py-1.5 text-right tabular-nums">{k.no}</td>
                      <td className="px-3 py-1.5 text-right tabular-nums">{k.dontKnow}</td>
                      <td className="px-3 py-1.5 text-right tabular-nums">{k.unanswered}</td>
                      <td className="px-3 py-1.5">
                        {k.tracked ? (
                          <span className="rounded bg-green-100 px-1.5 py-0.5 text-xs font-semibold text-green-900">{t("tracked")}</span>
                        ) : k.hasEvidence ? (
                          <span className="text-slate-700">{t("notTracked")}</span>
                        ) : (
                          <span className="text-slate-500">{t("noEvidence")}</span>
                        )}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </ResultsShell>
  );
}
