import { getTranslations } from "next-intl/server";
import { t as localized } from "@/lib/model";
import { actionsAnchor, headingClass, pillarAnchor, SECTION_IDS, type ModelSectionProps } from "./helpers";

const linkClass = "inline-block py-1 text-blue-700 underline-offset-2 hover:underline";

/** In-page table of contents: a card on phones, a sticky side column on wide screens. */
export async function ModelToc({ model, locale }: ModelSectionProps) {
  const t = await getTranslations("modelPage");
  const pillarLinks = (anchor: typeof pillarAnchor) => (
    <ul className="mt-1 mb-1 flex flex-wrap gap-x-3 pl-3 text-slate-700 lg:block">
      {model.pillars.map((pillar) => (
        <li key={pillar.key}>
          <a href={`#${anchor(pillar.key)}`} className={linkClass}>
            {localized(pillar.name, locale)}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <nav
      id={SECTION_IDS.toc}
      aria-labelledby={`${SECTION_IDS.toc}-heading`}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto"
    >
      <h2 id={`${SECTION_IDS.toc}-heading`} className={`${headingClass.h4} mb-2 text-base`}>
        {t("toc.heading")}
      </h2>
      <ol className="grid gap-1">
        <li>
          <a href={`#${SECTION_IDS.intro}`} className={linkClass}>
            {t("intro.heading")}
          </a>
        </li>
        <li>
          <a href={`#${SECTION_IDS.levels}`} className={linkClass}>
            {t("levels.heading")}
          </a>
        </li>
        <li>
          <a href={`#${SECTION_IDS.pillars}`} className={linkClass}>
            {t("pillars.heading")}
          </a>
          {pillarLinks(pillarAnchor)}
        </li>
        <li>
          <a href={`#${SECTION_IDS.kpis}`} className={linkClass}>
            {t("kpis.heading")}
          </a>
        </li>
        <li>
          <a href={`#${SECTION_IDS.actions}`} className={linkClass}>
            {t("actions.heading")}
          </a>
          {pillarLinks(actionsAnchor)}
        </li>
      </ol>
    </nav>
  );
}

/** A "back to contents" link for the end of a long section; phones only, as the contents stay visible on wide screens. */
export async function BackToContents() {
  const t = await getTranslations("modelPage");
  return (
    <p className="mt-3 text-right text-sm lg:hidden">
      <a href={`#${SECTION_IDS.toc}`} className={linkClass}>
        {t("toc.back")}
      </a>
    </p>
  );
}
