import { getTranslations } from "next-intl/server";
import { LEVELS, t as localized, type Item } from "@/lib/model";
import { headingClass, levelName, type ModelSectionProps } from "./helpers";

/** One item: theme, question and its five statements with the level each belongs to. */
export async function ItemBlock({ model, locale, item, number }: ModelSectionProps & { item: Item; number: number }) {
  const t = await getTranslations("modelPage.pillars");
  const theme = localized(item.theme, locale);
  return (
    <div>
      <h4 id={`item-${item.key}`} className={headingClass.h4}>
        {number}. {theme}
      </h4>
      <p className="mt-1 text-slate-800">
        <span className="font-medium">{t("question")}:</span> {localized(item.question, locale)}
      </p>
      <div className="mt-2 overflow-x-auto rounded-lg border border-slate-200">
        <table className="w-full text-left text-sm hyphens-auto max-sm:wrap-anywhere">
          <caption className="sr-only">{t("statementsCaption", { theme })}</caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="w-28 px-2 py-2 font-medium sm:w-44 sm:px-3">
                {t("colLevel")}
              </th>
              <th scope="col" className="px-2 py-2 font-medium sm:px-3">
                {t("colStatement")}
              </th>
            </tr>
          </thead>
          <tbody>
            {LEVELS.map((level) => (
              <tr key={level} className="border-t border-slate-100 align-top">
                <th scope="row" className="px-2 py-2 font-medium text-slate-800 wrap-normal sm:px-3">
                  <span className="flex flex-col items-start gap-1 sm:flex-row sm:gap-2">
                    <span className="inline-flex h-5 w-5 shrink-0 items-center justify-center rounded-full bg-brand text-xs font-semibold text-white tabular-nums">
                      {level}
                    </span>
                    <span>{levelName(model, level, locale)}</span>
                  </span>
                </th>
                <td className="px-2 py-2 text-slate-700 sm:px-3">{localized(item.statements[level], locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {item.glossary && item.glossary.length > 0 ? (
        <dl className="mt-2 text-sm text-slate-700" aria-label={t("glossary")}>
          {item.glossary.map((g) => (
            <div key={g.term.nl}>
              <dt className="inline font-semibold">{localized(g.term, locale)}: </dt>
              <dd className="inline">{localized(g.explanation, locale)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
