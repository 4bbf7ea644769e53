import { getTranslations } from "next-intl/server";
import { LEVELS, t as localized, type Pillar } from "@/lib/model";
import { Disclosure } from "./disclosure";
import { headingClass, pillarAnchor, sectionClass, SECTION_IDS, type ModelSectionProps } from "./helpers";
import { ItemBlock } from "./item-block";
import { BackToContents } from "./table-of-contents";

/** All pillars, each with its items, statements and pillar-level questions behind a disclosure. */
export async function PillarsSection({ model, locale }: ModelSectionProps) {
  const t = await getTranslations("modelPage.pillars");
  return (
    <section id={SECTION_IDS.pillars} aria-labelledby={`${SECTION_IDS.pillars}-heading`} className={sectionClass}>
      <h2 id={`${SECTION_IDS.pillars}-heading`} className={headingClass.h2}>
        {t("heading")}
      </h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("intro")}</p>
      <div className="grid grid-cols-1 gap-4">
        {model.pillars.map((pillar) => (
          <PillarSection key={pillar.key} model={model} locale={locale} pillar={pillar} />
        ))}
      </div>
      <BackToContents />
    </section>
  );
}

/** One pillar: name and description visible, items and questions on demand. */
export async function PillarSection({ model, locale, pillar }: ModelSectionProps & { pillar: Pillar }) {
  const t = await getTranslations("modelPage.pillars");
  const id = pillarAnchor(pillar.key);
  return (
    <div id={id} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id={`${id}-heading`} className={headingClass.h3}>
        {localized(pillar.name, locale)}
      </h3>
      <p className="mt-1 max-w-3xl text-slate-700">{localized(pillar.description, locale)}</p>
      <Disclosure summary={t("showItems", { count: pillar.items.length })} className="mt-2">
        <div className="grid grid-cols-1 gap-6">
          {pillar.items.map((item, index) => (
            <ItemBlock key={item.key} model={model} locale={locale} item={item} number={index + 1} />
          ))}
          <PillarQuestions model={model} locale={locale} pillar={pillar} />
        </div>
      </Disclosure>
    </div>
  );
}

/** The desired-level and importance questions every respondent answers per pillar. */
async function PillarQuestions({ model, locale, pillar }: ModelSectionProps & { pillar: Pillar }) {
  const t = await getTranslations("modelPage.pillars");
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50 p-3">
      <h4 className={headingClass.h4}>{t("pillarQuestionsHeading")}</h4>
      <dl className="mt-2 grid gap-4">
        <div>
          <dt className="text-sm font-medium text-slate-600">{t("desiredLevel")}</dt>
          <dd className="mt-0.5">
            {localized(pillar.desiredLevelQuestion, locale)}
            <span className="mt-1 block text-sm text-slate-600">
              {model.levels.every((l) => l.ambition) ? t("desiredLevelAmbitions") : t("desiredLevelScale")}
            </span>
          </dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-600">{t("importance")}</dt>
          <dd className="mt-0.5">
            {localized(pillar.importanceQuestion, locale)}
            <ol className="mt-2 flex flex-wrap gap-1" aria-label={t("importanceScale")}>
              {LEVELS.map((value) => (
                <li key={value} className="rounded-full border border-slate-200 bg-white px-2 py-0.5 text-sm text-slate-700">
                  <span className="tabular-nums">{value}</span> · {localized(model.texts.importanceScale[value], locale)}
                </li>
              ))}
            </ol>
          </dd>
        </div>
      </dl>
    </div>
  );
}
