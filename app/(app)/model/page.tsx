import { getLocale, getTranslations } from "next-intl/server";
import { ActionLibrary } from "@/components/model/action-library";
import { KpiSection } from "@/components/model/kpi-section";
import { LevelsSection } from "@/components/model/levels-section";
import { ModelIntro } from "@/components/model/model-intro";
import { PillarsSection } from "@/components/model/pillar-section";
import { ModelToc } from "@/components/model/table-of-contents";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/session";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locale";
import { CURRENT_MODEL_VERSION, getModel } from "@/lib/model";

export async function generateMetadata() {
  return { title: (await getTranslations("modelPage"))("title") };
}

/** Read-only reference of the current maturity model, for consultants explaining the scan to a client. */
export default async function ModelPage() {
  const ctx = await requirePage("model.view");
  const t = await getTranslations("modelPage");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const model = getModel(CURRENT_MODEL_VERSION);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[15rem_minmax(0,1fr)] lg:items-start">
        <ModelToc model={model} locale={locale} />
        <div className="grid min-w-0 grid-cols-1 gap-10">
          <ModelIntro model={model} locale={locale} firm={ctx.firm.name} />
          <LevelsSection model={model} locale={locale} />
          <PillarsSection model={model} locale={locale} />
          <KpiSection model={model} locale={locale} />
          <ActionLibrary model={model} locale={locale} />
        </div>
      </div>
    </>
  );
}
