import { getLocale, getTranslations } from "next-intl/server";
import { score } from "@/components/results/format";
import { RadarChart, type RadarSeriesInput } from "@/components/results/radar-chart";
import { Card } from "@/components/ui/card";
import { getModel } from "@/lib/model";
import type { Locale } from "@/lib/model/types";
import type { PortalSummary } from "@/lib/portal/summary";

/** The published report as the client manager sees it: figures, groups, roadmap, notes. */
export async function ReportSummary({ summary, modelVersion }: { summary: PortalSummary; modelVersion: string }) {
  const t = await getTranslations("portal");
  const locale = (await getLocale()) as Locale;
  const model = getModel(modelVersion);
  const levelLabel = (level: number | null) => {
    if (level === null) return t("none");
    const l = model.levels.find((x) => x.level === level);
    return t("level", { level, name: l ? l.name[locale] : String(level) });
  };
  const series: RadarSeriesInput[] = [
    { key: "current", label: t("seriesCurrent"), values: summary.pillars.map((p) => p.mean) },
    { key: "desired", label: t("seriesDesired"), values: summary.pillars.map((p) => p.desired) },
  ];
  if (summary.pillars.some((p) => p.rating)) series.push({ key: "rating", label: t("seriesRating"), values: summary.pillars.map((p) => p.rating?.level ?? null) });
  const th = "px-3 py-2 font-medium";
  const td = "px-3 py-2 tabular-nums";
  return (
    <div className="flex flex-col gap-6">
      {summary.status === "too_few_responses" ? (
        <Card>
          <p>{t("tooFew", { k: summary.k })}</p>
        </Card>
      ) : (
        <>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("overallHeading")}</h2>
            <dl className="grid gap-3 sm:grid-cols-3">
              <div>
                <dt className="text-sm text-slate-600">{t("overallMean")}</dt>
                <dd className="text-3xl font-semibold" data-testid="overall-mean">{score(summary.overall?.mean, locale)}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t("honestLevel")}</dt>
                <dd className="text-lg font-semibold">{levelLabel(summary.overall?.honestLevel ?? null)}</dd>
              </div>
              <div>
                <dt className="sr-only">n</dt>
                <dd className="text-slate-600">{t("respondents", { n: summary.n ?? 0 })}</dd>
              </div>
            </dl>
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("radarHeading")}</h2>
            <RadarChart axes={summary.pillars.map((p) => p.name)} series={series} legend={t("radarLegend")} label={t("radarLabel")} />
          </Card>
          <section aria-labelledby="portal-pillars">
            <h2 id="portal-pillars" className="mb-3 text-lg font-semibold">{t("pillarsHeading")}</h2>
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full text-left text-sm" data-testid="portal-pillar-table">
                <caption className="sr-only">{t("pillarsCaption")}</caption>
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th scope="col" className={th}>{t("col.pillar")}</th>
                    <th scope="col" className={`${th} text-right`}>{t("col.mean")}</th>
                    <th scope="col" className={th}>{t("col.level")}</th>
                    <th scope="col" className={`${th} text-right`}>{t("col.desired")}</th>
                    <th scope="col" className={th}>{t("col.rating")}</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.pillars.map((p) => (
                    <tr key={p.pillar} className="border-t border-slate-100">
                      <th scope="row" className="px-3 py-2 font-medium">{p.name}</th>
                      <td className={`${td} text-right`}>{score(p.mean, locale)}</td>
                      <td className={td}>{levelLabel(p.stagedLevel)}</td>
                      <td className={`${td} text-right`}>{score(p.desired, locale)}</td>
                      <td className={td}>{p.rating ? levelLabel(p.rating.level) : t("none")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="portal-groups">
            <h2 id="portal-groups" className="mb-1 text-lg font-semibold">{t("groupsHeading")}</h2>
            <p className="mb-3 text-sm text-slate-600">{t("groupsIntro", { k: summary.k })}</p>
            {summary.roleGroups.length === 0 ? (
              <p className="text-sm">{t("noGroups")}</p>
            ) : (
              <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
                <table className="w-full text-left text-sm" data-testid="portal-groups-table">
                  <caption className="sr-only">{t("groupsCaption")}</caption>
                  <thead className="bg-slate-50 text-slate-600">
                    <tr>
                      <th scope="col" className={th}>{t("groupCol.group")}</th>
                      <th scope="col" className={`${th} text-right`}>{t("groupCol.n")}</th>
                      <th scope="col" className={`${th} text-right`}>{t("groupCol.mean")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {summary.roleGroups.map((g) => (
                      <tr key={g.key} className="border-t border-slate-100">
                        <th scope="row" className="px-3 py-2 font-medium">{g.label}</th>
                        <td className={`${td} text-right`}>{g.n}</td>
                        <td className={`${td} text-right`}>{score(g.mean, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
      {summary.executiveSummary.trim() || summary.keyFindings.length > 0 ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("summaryHeading")}</h2>
          {summary.executiveSummary.trim() ? <p className="whitespace-pre-line">{summary.executiveSummary}</p> : null}
          {summary.keyFindings.length > 0 ? (
            <>
              <h3 className="mb-1 mt-4 font-semibold">{t("findingsHeading")}</h3>
              <ul className="list-disc pl-5">
                {summary.keyFindings.map((f, i) => (
                  <li key={i}>{f}</li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      ) : null}
      <section aria-labelledby="portal-roadmap" data-testid="portal-roadmap">
        <h2 id="portal-roadmap" className="mb-3 text-lg font-semibold">{t("roadmapHeading")}</h2>
        {summary.phases.length === 0 ? (
          <p className="text-sm">{t("noRoadmap")}</p>
        ) : (
          <div className="flex flex-col gap-4">
            {summary.phases.map((phase) => (
              <Card key={phase.phase}>
                <h3 className="mb-2 font-semibold">{t(`phase.${phase.phase}`)}</h3>
                <ul className="flex flex-col gap-3">
                  {phase.items.map((item) => (
                    <li key={item.id}>
                      <p className="font-medium">
                        {item.title}
                        {item.pillar ? <span className="ml-2 text-xs font-normal text-slate-600">{item.pillar}</span> : null}
                      </p>
                      {item.description ? <p className="text-sm text-slate-700">{item.description}</p> : null}
                      {item.owner || item.targetQuarter ? (
                        <p className="text-xs text-slate-600">
                          {[item.owner ? t("owner", { owner: item.owner }) : null, item.targetQuarter ? t("quarter", { quarter: item.targetQuarter }) : null].filter(Boolean).join(" · ")}
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </Card>
            ))}
          </div>
        )}
      </section>
      {summary.notes.length > 0 ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("notesHeading")}</h2>
          <dl className="flex flex-col gap-2">
            {summary.notes.map((n) => (
              <div key={n.pillar}>
                <dt className="font-medium">
                  {n.pillar} · {levelLabel(n.level)}
                </dt>
                <dd className="whitespace-pre-line text-sm text-slate-700">{n.note}</dd>
              </div>
            ))}
          </dl>
        </Card>
      ) : null}
    </div>
  );
}
