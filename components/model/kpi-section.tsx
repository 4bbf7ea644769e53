import { getTranslations } from "next-intl/server";
import { isBasicKpiLevel, kpisByLevel, t as localized } from "@/lib/model";
import { headingClass, kpiLevelAnchor, levelName, pillarAnchor, pillarName, sectionClass, SECTION_IDS, type ModelSectionProps } from "./helpers";
import { BackToContents } from "./table-of-contents";

const linkClass = "text-blue-700 underline-offset-2 hover:underline";

/** The KPI checklist, grouped by the level the article lists each KPI for. */
export async function KpiSection({ model, locale }: ModelSectionProps) {
  const t = await getTranslations("modelPage");
  const rhythms = model.texts.kpiRhythmLabel;
  return (
    <section id={SECTION_IDS.kpis} aria-labelledby={`${SECTION_IDS.kpis}-heading`} className={sectionClass}>
      <h2 id={`${SECTION_IDS.kpis}-heading`} className={headingClass.h2}>
        {t("kpis.heading")}
      </h2>
      <p className="mb-4 max-w-3xl text-slate-600">
        {model.kpis.some((k) => k.rhythm) ? t("kpis.introRhythm") : t("kpis.intro", { kpiQuestion: localized(model.texts.kpiQuestion, locale) })}
      </p>
      <div className="grid grid-cols-1 gap-6">
        {model.levels.map(({ level }) => {
          const kpis = kpisByLevel(model, level);
          if (kpis.length === 0) return null;
          const name = levelName(model, level, locale);
          const id = kpiLevelAnchor(level);
          return (
            <div key={level} id={id} className="scroll-mt-4">
              <h3 id={`${id}-heading`} className={`${headingClass.h3} mb-2`}>
                {t("levelHeading", { level, name })}
              </h3>
              {isBasicKpiLevel(model, level) ? <p className="mb-2 text-sm text-slate-600">{t("kpis.basics")}</p> : null}
              <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
                <table className="w-full text-left text-sm hyphens-auto max-sm:wrap-anywhere">
                  <caption className="sr-only">{t("kpis.caption", { level, name })}</caption>
                  <thead className="bg-slate-50 text-slate-600">
                    <tr>
                      <th scope="col" className="w-1/3 px-2 py-2 font-medium sm:w-1/4 sm:px-3">
                        {t("kpis.colKpi")}
                      </th>
                      <th scope="col" className="px-2 py-2 font-medium sm:px-3">
                        {t("kpis.colExplanation")}
                      </th>
                      <th scope="col" className="hidden px-2 py-2 font-medium sm:table-cell sm:w-1/5 sm:px-3">
                        {t("kpis.colPillar")}
                      </th>
                      {rhythms ? (
                        <th scope="col" className="px-2 py-2 font-medium sm:w-32 sm:px-3">
                          {t("kpis.colRhythm")}
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {kpis.map((kpi) => {
                      const pillar = (
                        <a href={`#${pillarAnchor(kpi.pillar)}`} className={linkClass}>
                          {pillarName(model, kpi.pillar, locale)}
                        </a>
                      );
                      return (
                        <tr key={kpi.key} className="border-t border-slate-100 align-top">
                          <th scope="row" className="px-2 py-2 font-medium text-slate-800 sm:px-3">
                            {localized(kpi.name, locale)}
                          </th>
                          <td className="px-2 py-2 text-slate-700 sm:px-3">
                            {localized(kpi.explanation, locale)}
                            {/* On phones the pillar column is hidden; the pillar is shown here instead. */}
                            <span className="mt-1 block text-xs text-slate-600 sm:hidden">
                              {t("kpis.colPillar")}: {pillar}
                            </span>
                          </td>
                          <td className="hidden px-2 py-2 sm:table-cell sm:px-3">{pillar}</td>
                          {rhythms ? <td className="px-2 py-2 sm:px-3">{kpi.rhythm ? localized(rhythms[kpi.rhythm], locale) : null}</td> : null}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </div>
          );
        })}
      </div>
      <BackToContents />
    </section>
  );
}
