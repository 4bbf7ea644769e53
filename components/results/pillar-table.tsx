import { getLocale, getTranslations } from "next-intl/server";
import type { Locale, MaturityModel } from "@/lib/model/types";
import type { PillarRow } from "@/lib/results/views";
import { fraction, heatClass, levelName, percent, pillarName, score, signed } from "./format";

/** Pillar table: every figure the method defines per pillar, one row per pillar. */
export async function PillarTable({ rows, model, showRating = true }: { rows: readonly PillarRow[]; model: MaturityModel; showRating?: boolean }) {
  const t = await getTranslations("resultsPillars");
  const tr = await getTranslations("results");
  const locale = (await getLocale()) as Locale;
  const th = "px-2 py-2 font-medium align-bottom";
  const td = "px-2 py-2 align-top tabular-nums";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t("caption")} tabIndex={0}>
      <table className="w-full min-w-[70rem] text-left text-sm" data-testid="pillar-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className={th}>{t("col.pillar")}</th>
            <th scope="col" className={`${th} text-right`}>{t("col.mean")}</th>
            <th scope="col" className={th}>{t("col.level")}</th>
            <th scope="col" className={`${th} text-right`}>{t("col.sd")}</th>
            <th scope="col" className={`${th} text-right`}>{t("col.rwg")}</th>
            <th scope="col" className={th}>{t("col.discuss")}</th>
            <th scope="col" className={`${th} text-right`}>{t("col.dontKnow")}</th>
            <th scope="col" className={`${th} text-right`}>{t("col.answered")}</th>
            <th scope="col" className={`${th} text-right`}>{t("col.desired")}</th>
            <th scope="col" className={`${th} text-right`}>{t("col.gap")}</th>
            <th scope="col" className={`${th} text-right`}>{t("col.importance")}</th>
            <th scope="col" className={`${th} text-right`}>{t("col.priority")}</th>
            <th scope="col" className={th}>{t("col.kpi")}</th>
            {showRating ? <th scope="col" className={th}>{t("col.rating")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const c = r.consensus;
            const a = r.ambition;
            return (
              <tr key={r.pillar} className="border-t border-slate-100" data-pillar={r.pillar}>
                <th scope="row" className="px-2 py-2 align-top font-medium">{pillarName(model, r.pillar, locale)}</th>
                <td className={`${td} text-right`}>
                  <span className={`inline-block min-w-10 rounded px-1.5 py-0.5 text-center font-semibold ${heatClass(r.score.mean)}`}>{score(r.score.mean, locale)}</span>
                </td>
                <td className={td}>
                  {r.score.stagedLevel === null ? "–" : tr("level", { level: r.score.stagedLevel, name: levelName(model, r.score.stagedLevel, locale) })}
                  {r.score.unbalanced ? (
                    <span className="mt-1 block w-fit rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900" title={t("unbalancedHelp")}>
                      {t("unbalanced")}
                    </span>
                  ) : null}
                </td>
                <td className={`${td} text-right`}>{c.sd === null ? "–" : score(c.sd, locale, 2)}</td>
                <td className={`${td} text-right`}>{fraction(c.rwg, locale)}</td>
                <td className={td}>
                  {c.discuss === null ? (
                    c.range ? (
                      <span className="text-slate-600">{tr("rangeOnly", { min: score(c.range.min, locale), max: score(c.range.max, locale) })}</span>
                    ) : (
                      "–"
                    )
                  ) : c.discuss ? (
                    <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">{tr("discuss")}</span>
                  ) : (
                    <span className="text-slate-600">{tr("agree")}</span>
                  )}
                </td>
                <td className={`${td} text-right`}>{percent(r.dontKnowRate, locale)}</td>
                <td className={`${td} text-right`}>
                  {c.n}
                  {c.insufficientRespondents > 0 ? <span className="block text-xs text-slate-600">{t("insufficientCount", { count: c.insufficientRespondents })}</span> : null}
                </td>
                <td className={`${td} text-right`}>{score(a.desired, locale)}</td>
                <td className={`${td} text-right`}>{signed(a.gap, locale)}</td>
                <td className={`${td} text-right`}>{score(a.importance, locale)}</td>
                <td className={`${td} text-right`}>
                  {score(a.priority, locale)}
                  {a.negativeGap ? <span className="block text-xs text-green-800">{t("ambitionReached")}</span> : null}
                </td>
                <td className={td}>
                  {r.score.stagedLevel === null ? (
                    "–"
                  ) : r.kpiFlags.length === 0 ? (
                    <span className="text-slate-600">{t("kpiOk")}</span>
                  ) : (
                    <ul className="flex flex-col gap-1">
                      {r.kpiFlags.map((f) => (
                        <li key={f.level} className="w-fit rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
                          {t("kpiFlag", { level: f.level, tracked: f.tracked, listed: f.listed })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                {showRating ? (
                  <td className={td}>{r.rating === null ? <span className="text-slate-500">{t("noRating")}</span> : tr("level", { level: r.rating, name: levelName(model, r.rating, locale) })}</td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
