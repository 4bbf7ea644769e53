import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { heatClass, itemTheme, pillarName, roleGroupName, score, signed } from "@/components/results/format";
import { ResultsShell, TooFewResultsPage } from "@/components/results/results-shell";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/session";
import type { Locale } from "@/lib/model/types";
import { resultsForPage } from "@/lib/results/page";
import { firstParam, groupDimensionParam, type SearchParams } from "@/lib/results/schemas";
import { resultsHref } from "@/lib/results/urls";
import { notFound } from "next/navigation";
import { PillarTable } from "@/components/results/pillar-table";
import { pillarRows } from "@/lib/results/views";
import { analyseEngagement } from "@/lib/scoring/analyse";
import type { EngagementScores } from "@/lib/scoring/engagement";
import { teamOf } from "@/lib/scoring/groups";

export async function generateMetadata() {
  return { title: (await getTranslations("resultsGroups"))("title") };
}

export default async function ResultsGroupsPage({
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
  const by = groupDimensionParam(query.by);
  const t = await getTranslations("resultsGroups");
  const locale = (await getLocale()) as Locale;
  const byQuery = by === "team" ? { by } : {};
  if (!analysis) return <TooFewResultsPage results={results} section="groups" />;
  const k = engagement.anonymityK;
  const carry = weighting !== engagement.weighting ? { weighting } : {};
  const groups: { key: string; label: string; n: number; scores: EngagementScores }[] =
    by === "role_group"
      ? analysis.groups.roleGroups.map((g) => ({ key: g.roleGroup, label: roleGroupName(model, g.roleGroup, locale), n: g.n, scores: g.scores }))
      : analysis.groups.teams.map((g) => ({ key: g.team, label: g.team, n: g.n, scores: g.scores }));
  const rows = [{ key: "__total", label: t("total"), n: analysis.scores.respondents, scores: analysis.scores }, ...groups];
  // ?group=<role group or team>: every pillar figure for that group alone (unknown group: not found).
  const selectedKey = firstParam(query.group);
  const selected = selectedKey === undefined || selectedKey === "" ? null : groups.find((g) => g.key === selectedKey);
  if (selected === undefined) notFound();
  const detail = selected
    ? (() => {
        const members = results.responses.filter((r) => (by === "role_group" ? r.roleGroup === selected.key : teamOf(r) === selected.key));
        const sub = analyseEngagement(model, { modelVersion: model.version, responses: members, settings: { weighting, k } });
        return { group: selected, rows: pillarRows(model, sub) };
      })()
    : null;
  const groupHref = (key: string | undefined) => resultsHref(engagement.id, "groups", { ...carry, by: by === "team" ? "team" : undefined, group: key });
  const gap = analysis.perceptionGap;
  const flaggedItems = gap.items.filter((i) => i.flagged).sort((a, b) => Math.abs(b.gap ?? 0) - Math.abs(a.gap ?? 0));
  const cell = "px-2 py-2 text-right tabular-nums";

  return (
    <ResultsShell engagement={engagement} section="groups" weighting={weighting} toggle={{ query: { ...byQuery, group: selected?.key } }}>
      <h2 className="mb-1 text-xl font-semibold">{t("title")}</h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("description")}</p>
      <div className="mb-4 flex items-center gap-3">
        <span id="group-by-label" className="text-sm font-medium text-slate-700">
          {t("by")}
        </span>
        <div role="group" aria-labelledby="group-by-label" className="inline-flex overflow-hidden rounded border border-slate-300 bg-white text-sm">
          {(["role_group", "team"] as const).map((d) => (
            <Link
              key={d}
              href={resultsHref(engagement.id, "groups", { ...carry, by: d === "team" ? "team" : undefined })}
              aria-current={d === by ? "true" : undefined}
              className={`px-3 py-1.5 ${d === by ? "bg-slate-800 font-semibold text-white" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {d === "team" ? t("byTeam") : t("byRoleGroup")}
            </Link>
          ))}
        </div>
      </div>
      {by === "team" && groups.length === 0 ? (
        <p className="mb-4 text-slate-700">{t("noTeams")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={by === "team" ? t("captionTeam") : t("captionRoleGroup")} tabIndex={0}>
          <table className="w-full min-w-[48rem] text-left text-sm" data-testid="groups-table">
            <caption className="sr-only">{by === "team" ? t("captionTeam") : t("captionRoleGroup")}</caption>
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-2 py-2 font-medium">{t("colGroup")}</th>
                <th scope="col" className="px-2 py-2 text-right font-medium">{t("colN")}</th>
                {model.pillars.map((p) => (
                  <th key={p.key} scope="col" className="px-2 py-2 text-right font-medium">
                    {pillarName(model, p.key, locale)}
                  </th>
                ))}
                <th scope="col" className="px-2 py-2 text-right font-medium">{t("colOverall")}</th>
                <th scope="col" className="px-2 py-2 text-right font-medium">{t("colHonest")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((g) => (
                <tr key={g.key} className={`border-t border-slate-100 ${g.key === "__total" ? "bg-slate-50 font-semibold" : ""}`}>
                  <th scope="row" className="px-2 py-2 text-left font-medium [overflow-wrap:anywhere]">
                    {g.key === "__total" ? (
                      g.label
                    ) : (
                      <Link href={groupHref(g.key)} className="text-blue-700 underline hover:no-underline" aria-label={t("showDetail", { group: g.label })}>
                        {g.label}
                      </Link>
                    )}
                    {g.key !== "__total" && g.n < k ? (
                      <span className="ml-2 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-700" title={t("belowKHelp", { k })}>
                        {t("belowK", { k })}
                      </span>
                    ) : null}
                  </th>
                  <td className={cell}>{g.n}</td>
                  {g.scores.pillars.map((p) => (
                    <td key={p.pillar} className={cell}>
                      <span className={`inline-block min-w-10 rounded px-1.5 py-0.5 text-center ${heatClass(p.mean)}`}>{score(p.mean, locale)}</span>
                      {p.stagedLevel !== null ? <span className="block text-xs font-normal text-slate-600">{t("cellLevel", { level: p.stagedLevel })}</span> : null}
                    </td>
                  ))}
                  <td className={cell}>{score(g.scores.overall.mean, locale)}</td>
                  <td className={cell}>{g.scores.overall.honestLevel ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {detail ? (
        <section className="mt-6" aria-labelledby="group-detail-heading" data-testid="group-detail">
          <h3 id="group-detail-heading" className="text-lg font-semibold">
            {t("detailHeading", { group: detail.group.label, n: detail.group.n })}
          </h3>
          <p className="mb-2 text-sm text-slate-600">
            {t("detailHelp")}{" "}
            <Link href={groupHref(undefined)} className="font-semibold text-blue-700 underline hover:no-underline">
              {t("backToGroups")}
            </Link>
          </p>
          <PillarTable rows={detail.rows} model={model} showRating={false} />
        </section>
      ) : null}
      {by === "team" && analysis.groups.withoutTeam > 0 && groups.length > 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("withoutTeam", { count: analysis.groups.withoutTeam })}</p>
      ) : null}

      <Card className="mt-6">
        <h2 className="mb-1 text-lg font-semibold">{t("perceptionHeading")}</h2>
        <p className="mb-3 max-w-3xl text-sm text-slate-600">{t("perceptionHelp")}</p>
        {!gap.available ? (
          <p className="text-slate-700">{t("perceptionUnavailable")}</p>
        ) : (
          <>
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm" data-testid="perception-table">
                <caption className="sr-only">{t("perceptionCaption")}</caption>
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="py-1.5 pr-3 font-medium">{t("colPillar")}</th>
                    <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("colManagement", { n: gap.managementN })}</th>
                    <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("colRest", { n: gap.restN })}</th>
                    <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("colGap")}</th>
                  </tr>
                </thead>
                <tbody>
                  {gap.pillars.map((p) => (
                    <tr key={p.pillar} className="border-t border-slate-100">
                      <th scope="row" className="py-1.5 pr-3 font-normal">{pillarName(model, p.pillar, locale)}</th>
                      <td className="py-1.5 pr-3 text-right tabular-nums">{score(p.management, locale)}</td>
                      <td className="py-1.5 pr-3 text-right tabular-nums">{score(p.rest, locale)}</td>
                      <td className="py-1.5 pr-3 text-right tabular-nums">
                        {signed(p.gap, locale)}
                        {p.flagged ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{t("flagged")}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3 className="mb-1 mt-5 font-semibold">{t("perceptionItemsHeading")}</h3>
            {flaggedItems.length === 0 ? (
              <p className="text-sm text-slate-700">{t("perceptionItemsNone")}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">{t("perceptionItemsCaption")}</caption>
                  <thead className="text-slate-600">
                    <tr>
                      <th scope="col" className="py-1.5 pr-3 font-medium">{t("colItem")}</th>
                      <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("colManagement", { n: gap.managementN })}</th>
                      <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("colRest", { n: gap.restN })}</th>
                      <th scope="col" className="py-1.5 pr-3 text-right font-medium">{t("colGap")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {flaggedItems.map((i) => (
                      <tr key={i.key} className="border-t border-slate-100">
                        <th scope="row" className="py-1.5 pr-3 font-normal">
                          <Link href={resultsHref(engagement.id, "items", carry, i.key)} className="text-blue-700 underline hover:no-underline">
                            {itemTheme(model, i.key, locale)}
                          </Link>{" "}
                          <span className="text-slate-600">({pillarName(model, i.pillar, locale)})</span>
                        </th>
                        <td className="py-1.5 pr-3 text-right tabular-nums">{score(i.management, locale)}</td>
                        <td className="py-1.5 pr-3 text-right tabular-nums">{score(i.rest, locale)}</td>
                        <td className="py-1.5 pr-3 text-right tabular-nums">{signed(i.gap, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </Card>
    </ResultsShell>
  );
}
