import { getTranslations } from "next-intl/server";
import { t as localized } from "@/lib/model";
import { headingClass, levelAnchor, sectionClass, SECTION_IDS, type ModelSectionProps } from "./helpers";
import { BackToContents } from "./table-of-contents";

/** The five maturity levels: name, keywords and description. */
export async function LevelsSection({ model, locale }: ModelSectionProps) {
  const t = await getTranslations("modelPage");
  return (
    <section id={SECTION_IDS.levels} aria-labelledby={`${SECTION_IDS.levels}-heading`} className={sectionClass}>
      <h2 id={`${SECTION_IDS.levels}-heading`} className={headingClass.h2}>
        {t("levels.heading")}
      </h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("levels.intro")}</p>
      <ol className="grid grid-cols-1 gap-3 md:grid-cols-2">
        {model.levels.map((level) => (
          <li
            key={level.level}
            id={levelAnchor(level.level)}
            className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          >
            <h3 className={`${headingClass.h3} flex items-center gap-2`}>
              <span
                aria-hidden
                className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand text-sm font-semibold text-white"
              >
                {level.level}
              </span>
              <span>
                <span className="sr-only">{t("levelNumber", { level: level.level })}: </span>
                {localized(level.name, locale)}
              </span>
            </h3>
            <p className="mt-3 text-xs font-medium tracking-wide text-slate-500 uppercase" id={`${levelAnchor(level.level)}-keywords`}>
              {t("levels.keywords")}
            </p>
            <ul className="mt-1 flex flex-wrap gap-1" aria-labelledby={`${levelAnchor(level.level)}-keywords`}>
              {(level.keywords[locale].length > 0 ? level.keywords[locale] : level.keywords.nl).map((keyword) => (
                <li key={keyword} className="rounded-full bg-slate-100 px-2 py-0.5 text-sm text-slate-700">
                  {keyword}
                </li>
              ))}
            </ul>
            <p className="mt-3 text-slate-700">{localized(level.description, locale)}</p>
            {level.ambition ? (
              <p className="mt-2 text-sm text-slate-600">
                <span className="font-medium">{t("levels.ambition")}</span> {localized(level.ambition, locale)}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <BackToContents />
    </section>
  );
}
