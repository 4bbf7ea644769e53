import { getTranslations } from "next-intl/server";
import { LOCALES, type Locale } from "@/lib/model/types";

/**
 * The respondent's language choice: a plain form (works without JavaScript) that stores the
 * choice on the respondent and comes back to the same page.
 */
export async function LanguageForm({ locale, next, compact = false }: { locale: Locale; next: string; compact?: boolean }) {
  const t = await getTranslations({ locale, namespace: "scan" });
  return (
    <form method="post" action="/api/scan/locale" className={compact ? "shrink-0" : ""}>
      <input type="hidden" name="next" value={next} />
      <div role="group" aria-label={t("languageLabel")} className="flex gap-2">
        {LOCALES.map((l) => (
          <button
            key={l}
            type="submit"
            name="locale"
            value={l}
            lang={l}
            aria-pressed={l === locale}
            className={`min-h-11 rounded-md border px-3 text-sm font-semibold ${
              l === locale ? "border-slate-800 bg-slate-800 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
            }`}
          >
            {compact ? <abbr title={t(`languages.${l}`)} className="no-underline">{l.toUpperCase()}</abbr> : t(`languages.${l}`)}
          </button>
        ))}
      </div>
    </form>
  );
}
