import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DistributionBar, SEGMENT_COLORS } from "@/components/results/distribution-bar";
import { fraction, heatClass, itemTheme, percent, pillarName, score } from "@/components/results/format";
import { ResultsShell, TooFewResultsPage } from "@/components/results/results-shell";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/session";
import type { Locale } from "@/lib/model/types";
import { resultsForPage } from "@/lib/results/page";
import type { SearchParams } from "@/lib/results/schemas";
import { resultsHref } from "@/lib/results/urls";
import { discussList, itemRows, type ItemRow } from "@/lib/results/views";

export async function generateMetadata() {
  return { title: (await getTranslations("resultsItems"))("title") };
}

export default async function ResultsItemsPage({
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
  const t = await getTranslations("resultsItems");
  const tr = await getTranslations("results");
  const locale = (await getLocale()) as Locale;
  if (!analysis) return <TooFewResultsPage results={results} section="items" />;
  const carry = weighting !== engagement.weighting ? { weighting } : {};
  const rows = itemRows(model, analysis, results.responses);
  const discuss = discussList(rows);
  const link = (row: ItemRow) => (
    <Link href={resultsHref(engagement.id, "items", carry, row.key)} className="font-medium text-blue-700 hover:underline">
      {itemTheme(model, row.key, locale)}
    </Link>
  );
  const distributionLabel = (row: ItemRow) =>
    t("distributionLabel", {
      l1: row.distribution.levels[1],
      l2: row.distribution.levels[2],
      l3: row.distribution.levels[3],
      l4: row.distribution.levels[4],
      l5: row.distribution.levels[5],
      dk: row.distribution.dontKnow,
      na: row.distribution.notApplicable,
    });
  const consensusCell = (row: ItemRow) =>
    row.consensus.rwg === null ? (
      <span className="text-slate-600">
        {row.consensus.range ? tr("rangeOnly", { min: row.consensus.range.min, max: row.consensus.range.max }) : tr("noAnswers")}
      </span>
    ) : (
      fraction(row.consensus.rwg, locale)
    );

  return (
    <ResultsShell engagement={engagement} section="items" weighting={weighting} toggle={{}}>
      <h2 className="mb-1 text-xl font-semibold">{t("title")}</h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("description")}</p>

      <Card className="mb-6">
        <h3 className="mb-1 text-lg font-semibold">{t("discussHeading")}</h3>
        <p className="mb-3 max-w-3xl text-sm text-slate-600">{t("discussHelp")}</p>
        {discuss.length === 0 ? (
          <p className="text-slate-700">{t("discussNone")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="discuss-table">
              <caption className="sr-only">{t("discussCaption")}</caption>
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-1.5 pr-3 font-medium">{t("col.item")}</th>
                  <th scope="col" className="py-1.5 pr-3 font-medium">{t("col.pillar")}</th>
                  <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("col.rwg")}</th>
                  <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("col.sd")}</th>
                  <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("col.range")}</th>
                  <th scope="col" className="py-1.5 pr-3 font-medium">{t("col.distribution")}</th>
                </tr>
              </thead>
              <tbody>
                {discuss.map((row) => (
                  <tr key={row.key} className="border-t border-slate-100">
                    <th scope="row" className="py-1.5 pr-3 text-left font-normal">{link(row)}</th>
                    <td className="py-1.5 pr-3">{pillarName(model, row.pillar, locale)}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{fraction(row.consensus.rwg, locale)}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{score(row.consensus.sd, locale, 2)}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">
                      {row.consensus.range ? `${row.consensus.range.min}–${row.consensus.range.max}` : "–"}
                    </td>
                    <td className="py-1.5 pr-3">
                      <DistributionBar distribution={row.distribution} label={distributionLabel(row)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>

      <p className="mb-3 flex flex-wrap items-center gap-3 text-xs text-slate-600">
        <span>{t("legend")}</span>
        {(["l1", "l2", "l3", "l4", "l5", "dk", "na"] as const).map((k) => (
          <span key={k} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ backgroundColor: SEGMENT_COLORS[k] }} />
            {k === "dk" ? tr("answer.dont_know") : k === "na" ? tr("answer.not_applicable") : k.slice(1)}
          </span>
        ))}
      </p>
      <div className="flex flex-col gap-6">
        {model.pillars.map((p) => {
          const caption = t("caption", { pillar: pillarName(model, p.key, locale) });
          return (
            <section key={p.key} className="overflow-x-auto rounded-lg border border-slate-200 bg-white" aria-label={caption}>
              <table className="w-full min-w-[48rem] table-fixed text-left text-sm">
                <caption className="px-3 pt-3 text-left text-base font-semibold text-slate-900">{caption}</caption>
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="w-[30%] px-3 py-2 font-medium">{t("col.item")}</th>
                    <th scope="col" className="w-[9%] px-3 py-2 text-right font-medium">{t("col.score")}</th>
                    <th scope="col" className="w-[6%] px-3 py-2 text-right font-medium">{t("col.n")}</th>
                    <th scope="col" className="w-[24%] px-3 py-2 font-medium">{t("col.distribution")}</th>
                    <th scope="col" className="w-[8%] px-3 py-2 text-right font-medium">{t("col.sd")}</th>
                    <th scope="col" className="w-[11%] px-3 py-2 text-right font-medium">{t("col.rwg")}</th>
                    <th scope="col" className="w-[12%] px-3 py-2 text-right font-medium">{t("col.dontKnow")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows
                    .filter((r) => r.pillar === p.key)
                    .map((row) => (
                      <tr key={row.key} className="border-t border-slate-100" data-item={row.key}>
                        <th scope="row" className="px-3 py-2 text-left font-normal">
                          {link(row)}
                          {row.consensus.discuss ? (
                            <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">{tr("discuss")}</span>
                          ) : null}
                        </th>
                        <td className="px-3 py-2 text-right tabular-nums">
                          <span className={`inline-block min-w-10 rounded px-1.5 py-0.5 text-center ${heatClass(row.score.score)}`}>{score(row.score.score, locale)}</span>
                        </td>
                        <td className="px-3 py-2 text-right tabular-nums">{row.score.n}</td>
                        <td className="px-3 py-2">
                          <DistributionBar distribution={row.distribution} label={distributionLabel(row)} />
                        </td>
                        <td className="px-3 py-2 text-right tabular-nums">{score(row.consensus.sd, locale, 2)}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{consensusCell(row)}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{percent(row.signals.dontKnowRate, locale)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </section>
          );
        })}
      </div>
    </ResultsShell>
  );
}
