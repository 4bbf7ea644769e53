import { getLocale, getTranslations } from "next-intl/server";
import { heatClass, pillarName, roleGroupName, score } from "@/components/results/format";
import { ResultsShell } from "@/components/results/results-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/session";
import type { Locale } from "@/lib/model/types";
import { resultsForPage } from "@/lib/results/page";
import { pageParam, roleGroupParam, type SearchParams } from "@/lib/results/schemas";
import { resultsHref } from "@/lib/results/urls";
import { heatmapRows } from "@/lib/results/views";
import { ROLE_GROUPS } from "@/lib/model/types";
import Link from "next/link";

/** Rows per page: a heatmap of 1,000 people is neither readable nor quick to send. */
const PAGE_SIZE = 100;

export async function generateMetadata() {
  return { title: (await getTranslations("resultsRespondents"))("title") };
}

/** Heatmap respondents × pillars; tick two or more to compare them (a GET form, works without JavaScript). */
export default async function ResultsRespondentsPage({
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
  const t = await getTranslations("resultsRespondents");
  const tr = await getTranslations("results");
  const locale = (await getLocale()) as Locale;
  const group = roleGroupParam(query.group);
  const all = heatmapRows(model, results.people, results.responses, analysis);
  const filtered = group ? all.filter((r) => r.roleGroup === group) : all;
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const page = Math.min(pageParam(query.page), pages);
  const rows = filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const groupsPresent = ROLE_GROUPS.filter((g) => all.some((r) => r.roleGroup === g));
  const carry = { weighting: weighting !== engagement.weighting ? weighting : undefined, group: group ?? undefined };
  const pageLink = (n: number) => resultsHref(engagement.id, "respondents", { ...carry, page: n > 1 ? String(n) : undefined });
  const pager =
    pages > 1 ? (
      <nav aria-label={t("pagination")} className="my-3 flex flex-wrap items-center gap-3 text-sm">
        <span>{t("pageInfo", { from: (page - 1) * PAGE_SIZE + 1, to: (page - 1) * PAGE_SIZE + rows.length, total: filtered.length })}</span>
        {page > 1 ? (
          <Link href={pageLink(page - 1)} className="font-semibold text-blue-700 hover:underline">
            {t("previous")}
          </Link>
        ) : null}
        {page < pages ? (
          <Link href={pageLink(page + 1)} className="font-semibold text-blue-700 hover:underline">
            {t("next")}
          </Link>
        ) : null}
      </nav>
    ) : null;
  return (
    <ResultsShell engagement={engagement} section="respondents" weighting={weighting}>
      <h2 className="mb-1 text-xl font-semibold">{t("title")}</h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("description")}</p>
      {all.length > 0 ? (
        <form method="get" action={resultsHref(engagement.id, "respondents")} className="mb-4 flex flex-wrap items-end gap-2">
          {weighting !== engagement.weighting ? <input type="hidden" name="weighting" value={weighting} /> : null}
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">{t("filterLabel")}</span>
            <select name="group" defaultValue={group ?? ""} className="min-h-10 rounded border border-slate-300 bg-white px-2">
              <option value="">{t("filterAll")}</option>
              {groupsPresent.map((g) => (
                <option key={g} value={g}>
                  {roleGroupName(model, g, locale)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            {t("filterApply")}
          </button>
        </form>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <form method="get" action={resultsHref(engagement.id, "respondents", {}, "compare")}>
          {weighting !== engagement.weighting ? <input type="hidden" name="weighting" value={weighting} /> : null}
          <p className="mb-2 max-w-3xl text-sm text-slate-700">{t("compareHint")}</p>
          <p className="mb-3 text-xs text-slate-600">{t("scale")}</p>
          {pager}
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t("caption")} tabIndex={0}>
            <table className="w-full min-w-[52rem] text-left text-sm" data-testid="heatmap">
              <caption className="sr-only">{t("caption")}</caption>
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-2 py-2 font-medium">{t("colCompare")}</th>
                  <th scope="col" className="px-2 py-2 font-medium">{t("colName")}</th>
                  <th scope="col" className="px-2 py-2 font-medium">{t("colRoleGroup")}</th>
                  <th scope="col" className="px-2 py-2 font-medium">{t("colTeam")}</th>
                  {model.pillars.map((p) => (
                    <th key={p.key} scope="col" className="px-2 py-2 text-center font-medium">
                      {pillarName(model, p.key, locale)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.respondentId} className="border-t border-slate-100">
                    <td className="px-2 py-1.5">
                      <input type="checkbox" name="r" value={r.respondentId} className="size-4" aria-label={t("select", { name: r.name })} />
                    </td>
                    <th scope="row" className="px-2 py-1.5 text-left font-medium [overflow-wrap:anywhere]">{r.name}</th>
                    <td className="px-2 py-1.5">{roleGroupName(model, r.roleGroup, locale)}</td>
                    <td className="px-2 py-1.5 [overflow-wrap:anywhere]">{r.team ?? <span className="whitespace-nowrap text-slate-500">{tr("noTeam")}</span>}</td>
                    {r.pillars.map((p) => (
                      <td key={p.pillar} className="px-1 py-1 text-center">
                        {p.status === "insufficient" ? (
                          <span className={`block rounded px-1 py-1 ${heatClass(null)}`} title={tr("insufficientHelp")}>
                            {t("insufficientShort")}
                          </span>
                        ) : (
                          <span className={`block rounded px-1 py-1 font-medium tabular-nums ${heatClass(p.score)}`}>{score(p.score, locale)}</span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="submit" className={`${buttonClass("primary")} mt-4`}>
            {t("compareButton")}
          </button>
        </form>
      )}
    </ResultsShell>
  );
}
