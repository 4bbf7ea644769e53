import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { heatClass, itemTheme, kpiName, levelName, pillarName, roleGroupName, score } from "@/components/results/format";
import { ResultsShell } from "@/components/results/results-shell";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/session";
import type { Locale } from "@/lib/model/types";
import { resultsForPage } from "@/lib/results/page";
import { respondentIdsParam, type SearchParams } from "@/lib/results/schemas";
import { resultsHref } from "@/lib/results/urls";
import { compareRespondents, pickRespondents } from "@/lib/results/views";
import type { ItemAnswer, KpiAnswer } from "@/lib/scoring/types";

export async function generateMetadata() {
  return { title: (await getTranslations("resultsRespondents.compare"))("title") };
}

/** Two to six respondents side by side, down to the item. An id that is not a submitted respondent of this engagement is not found. */
export default async function CompareRespondentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ engagementId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await requirePage("results.view");
  const [{ engagementId }, query] = await Promise.all([params, searchParams]);
  const results = await resultsForPage(ctx, engagementId, query);
  const ids = respondentIdsParam(query.r);
  if (ids === null) notFound();
  const { engagement, model, weighting } = results;
  const chosen = pickRespondents(results.people, results.responses, ids);
  if (chosen === null) notFound();
  const t = await getTranslations("resultsRespondents.compare");
  const tr = await getTranslations("results");
  const locale = (await getLocale()) as Locale;
  const carry = weighting !== engagement.weighting ? { weighting } : {};
  const back = (
    <Link href={resultsHref(engagement.id, "respondents", carry)} className="mb-3 inline-block text-sm font-semibold text-blue-700 hover:underline">
      ← {t("back")}
    </Link>
  );
  if (chosen.length < 2) {
    return (
      <ResultsShell engagement={engagement} section="respondents" weighting={weighting}>
        {back}
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {t("tooFew")}
        </p>
      </ResultsShell>
    );
  }
  const view = compareRespondents(
    model,
    chosen.map((c) => c.response),
  );
  const answer = (a: ItemAnswer | null) =>
    a === null ? (
      <span className="text-slate-400">–</span>
    ) : typeof a === "number" ? (
      <span className={`inline-block rounded px-1.5 py-0.5 tabular-nums ${heatClass(a)}`}>
        {a} <span className="text-xs">{levelName(model, a, locale)}</span>
      </span>
    ) : (
      <span className="text-slate-600">{tr(`answer.${a}`)}</span>
    );
  const kpi = (a: KpiAnswer | null) => (a === null ? "–" : a === "dont_know" ? tr("answer.dont_know") : tr(a));
  const headCells = chosen.map((c) => (
    <th key={c.person.id} scope="col" className="px-2 py-2 text-left font-medium">
      <span className="block [overflow-wrap:anywhere]">{c.person.name}</span>
      <span className="block text-xs font-normal text-slate-600">
        {roleGroupName(model, c.person.roleGroup, locale)}
        {c.person.team ? ` · ${c.person.team}` : ""}
      </span>
    </th>
  ));

  return (
    <ResultsShell engagement={engagement} section="respondents" weighting={weighting}>
      {back}
      <h2 className="mb-1 text-xl font-semibold">{t("title")}</h2>
      <p className="mb-4 text-sm text-slate-600">{t("highlight")}</p>
      <div className="flex flex-col gap-6" data-testid="compare">
        {view.pillars.map((p) => {
          const caption = t("caption", { pillar: pillarName(model, p.pillar, locale) });
          return (
            <section key={p.pillar} className="overflow-x-auto rounded-lg border border-slate-200 bg-white" aria-label={caption}>
              <table className="w-full min-w-[40rem] table-fixed text-left text-sm">
                <caption className="px-3 pt-3 text-left text-base font-semibold text-slate-900">{caption}</caption>
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="w-[32%] px-2 py-2 font-medium">{t("colItem")}</th>
                    {headCells}
                  </tr>
                </thead>
                <tbody>
                  <tr className="border-t border-slate-200 bg-slate-50 font-semibold">
                    <th scope="row" className="px-2 py-2 text-left">{t("pillarScore")}</th>
                    {p.scores.map((s, i) => (
                      <td key={i} className="px-2 py-2 tabular-nums">
                        {s.status === "insufficient" ? <span className="font-normal text-slate-600">{tr("insufficient")}</span> : score(s.score, locale)}
                      </td>
                    ))}
                  </tr>
                  {p.items.map((item) => {
                    const apart = item.spread !== null && item.spread >= 2;
                    return (
                      <tr key={item.key} className={`border-t border-slate-100 ${apart ? "bg-amber-50" : ""}`}>
                        <th scope="row" className="px-2 py-2 text-left font-normal">
                          <Link href={resultsHref(engagement.id, "items", carry, item.key)} className="text-blue-700 hover:underline">
                            {itemTheme(model, item.key, locale)}
                          </Link>
                          {apart ? <span className="block text-xs font-semibold text-amber-900">{t("spread", { spread: item.spread })}</span> : null}
                        </th>
                        {item.answers.map((a, i) => (
                          <td key={i} className="px-2 py-2">
                            {answer(a)}
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                  <tr className="border-t border-slate-200">
                    <th scope="row" className="px-2 py-2 text-left font-normal text-slate-700">{t("desired")}</th>
                    {p.desired.map((v, i) => (
                      <td key={i} className="px-2 py-2 tabular-nums">{v ?? "–"}</td>
                    ))}
                  </tr>
                  <tr className="border-t border-slate-100">
                    <th scope="row" className="px-2 py-2 text-left font-normal text-slate-700">{t("importance")}</th>
                    {p.importance.map((v, i) => (
                      <td key={i} className="px-2 py-2 tabular-nums">{v ?? "–"}</td>
                    ))}
                  </tr>
                  {p.comments.some((c) => c !== null) ? (
                    <tr className="border-t border-slate-100">
                      <th scope="row" className="px-2 py-2 text-left font-normal text-slate-700">{t("comment")}</th>
                      {p.comments.map((c, i) => (
                        <td key={i} className="whitespace-pre-line px-2 py-2 align-top [overflow-wrap:anywhere]">
                          {c ?? "–"}
                        </td>
                      ))}
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </section>
          );
        })}
        <Card>
          <h3 className="mb-2 text-lg font-semibold">{t("kpiHeading")}</h3>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] table-fixed text-left text-sm">
              <caption className="sr-only">{t("kpiCaption")}</caption>
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="w-[32%] px-2 py-2 font-medium">{t("colKpi")}</th>
                  {headCells}
                </tr>
              </thead>
              <tbody>
                {view.kpis.map((k) => (
                  <tr key={k.key} className={`border-t border-slate-100 ${k.differs ? "bg-amber-50" : ""}`}>
                    <th scope="row" className="px-2 py-1.5 text-left font-normal">
                      {kpiName(model, k.key, locale)} <span className="text-xs text-slate-600">({tr("levelShort", { level: k.level })})</span>
                      {k.differs ? <span className="block text-xs font-semibold text-amber-900">{t("differs")}</span> : null}
                    </th>
                    {k.answers.map((a, i) => (
                      <td key={i} className="px-2 py-1.5">{kpi(a)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      </div>
    </ResultsShell>
  );
}
