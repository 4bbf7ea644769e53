import { getTranslations } from "next-intl/server";
import { t as localized, type Text } from "@/lib/model";
import { headingClass, levelName, SECTION_IDS, type ModelSectionProps } from "./helpers";

/** What the scan measures and how a respondent answers it. */
export async function ModelIntro({ model, locale, firm }: ModelSectionProps & { firm: string }) {
  const t = await getTranslations("modelPage.intro");
  const tx = (text: Text) => localized(text, locale);
  const itemCount = model.pillars.reduce((sum, pillar) => sum + pillar.items.length, 0);
  const stats = [
    { label: t("statPillars"), value: model.pillars.length },
    { label: t("statItems"), value: itemCount },
    { label: t("statKpis"), value: model.kpis.length },
    { label: t("statActions"), value: model.actions.length },
  ];
  const shuffled = model.presentation?.statementOrder === "shuffled";
  const kpiAnswers = { kpis: model.kpis.length, yes: tx(model.texts.kpiYes), no: tx(model.texts.kpiNo), dontKnow: tx(model.texts.kpiDontKnow) };
  const steps = [
    t("answerItems", { dontKnow: tx(model.texts.dontKnow), notApplicable: tx(model.texts.notApplicable) }) +
      (shuffled ? ` ${t("answerItemsShuffled")}` : ""),
    t("answerPillar", { low: tx(model.texts.importanceScale[1]), high: tx(model.texts.importanceScale[5]) }),
    model.kpis.some((k) => k.rhythm) ? t("answerKpiRhythm", kpiAnswers) : t("answerKpi", { ...kpiAnswers, kpiQuestion: tx(model.texts.kpiQuestion) }),
  ];
  return (
    <section
      id={SECTION_IDS.intro}
      aria-labelledby={`${SECTION_IDS.intro}-heading`}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={`${SECTION_IDS.intro}-heading`} className={headingClass.h2}>
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-600">{t("version", { version: model.version, firm })}</p>
      <p className="mt-3 max-w-3xl">
        {t("measures", {
          pillars: model.pillars.length,
          items: itemCount,
          first: levelName(model, 1, locale),
          last: levelName(model, 5, locale),
        })}
      </p>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map((stat) => (
          <div key={stat.label} className="rounded border border-slate-200 bg-slate-50 p-3">
            <dt className="text-sm text-slate-600">{stat.label}</dt>
            <dd className="text-2xl font-semibold">{stat.value}</dd>
          </div>
        ))}
      </dl>
      <h3 className={`${headingClass.h3} mt-5`}>{t("answersHeading")}</h3>
      <ol className="mt-2 grid max-w-3xl list-decimal gap-2 pl-5">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="mt-3 max-w-3xl text-sm text-slate-600">{t("consultantNote")}</p>
    </section>
  );
}
