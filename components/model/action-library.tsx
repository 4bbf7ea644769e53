import { getTranslations } from "next-intl/server";
import { actionsForStep, t as localized, type LevelNumber, type Pillar } from "@/lib/model";
import { Disclosure } from "./disclosure";
import { actionsAnchor, headingClass, levelName, sectionClass, SECTION_IDS, STEPS, type ModelSectionProps } from "./helpers";
import { BackToContents } from "./table-of-contents";

/** The action library: per pillar and per step L → L+1, concrete improvement actions. */
export async function ActionLibrary({ model, locale }: ModelSectionProps) {
  const t = await getTranslations("modelPage.actions");
  return (
    <section id={SECTION_IDS.actions} aria-labelledby={`${SECTION_IDS.actions}-heading`} className={sectionClass}>
      <h2 id={`${SECTION_IDS.actions}-heading`} className={headingClass.h2}>
        {t("heading")}
      </h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("intro")}</p>
      <div className="grid grid-cols-1 gap-4">
        {model.pillars.map((pillar) => (
          <PillarActions key={pillar.key} model={model} locale={locale} pillar={pillar} />
        ))}
      </div>
      <BackToContents />
    </section>
  );
}

async function PillarActions({ model, locale, pillar }: ModelSectionProps & { pillar: Pillar }) {
  const t = await getTranslations("modelPage.actions");
  const id = actionsAnchor(pillar.key);
  const count = STEPS.reduce((sum, step) => sum + actionsForStep(model, pillar.key, step).length, 0);
  return (
    <div id={id} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id={`${id}-heading`} className={headingClass.h3}>
        {localized(pillar.name, locale)}
      </h3>
      <Disclosure summary={t("showActions", { count })} className="mt-1">
        <div className="grid grid-cols-1 gap-5">
          {STEPS.map((from) => {
            const to = (from + 1) as LevelNumber;
            const actions = actionsForStep(model, pillar.key, from);
            return (
              <div key={from}>
                <h4 className={headingClass.h4}>
                  {t("stepHeading", {
                    from,
                    fromName: levelName(model, from, locale),
                    to,
                    toName: levelName(model, to, locale),
                  })}
                </h4>
                {actions.length === 0 ? (
                  <p className="mt-1 text-sm text-slate-600">{t("noActions")}</p>
                ) : (
                  <ul className="mt-2 grid gap-3 border-l-2 border-slate-200 pl-3">
                    {actions.map((action) => (
                      <li key={action.key}>
                        <p className="font-semibold text-slate-900">{localized(action.title, locale)}</p>
                        <p className="mt-0.5 text-slate-700">{localized(action.description, locale)}</p>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
      </Disclosure>
    </div>
  );
}
