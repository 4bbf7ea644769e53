import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LanguageForm } from "@/components/scan/language-form";
import { brandingOf } from "@/components/scan/labels";
import { ScanFrame } from "@/components/scan/scan-frame";
import { ScanGate } from "@/components/scan/scan-gate";
import { scanPrimaryButton } from "@/components/scan/styles";
import { getDb } from "@/db";
import { getModel, t as text } from "@/lib/model";
import { pagePath, resumePage, scanProgress } from "@/lib/scan/answers";
import { getScanState } from "@/lib/scan/context";
import { loadAnswers } from "@/lib/scan/queries";
import { MIN_N_FOR_DISTRIBUTIONS } from "@/lib/scoring/types";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scanWelcome");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/**
 * Welcome: who is asking, what for, how long, exactly who sees what, and the language. A
 * returning respondent goes straight to the first page with an open question (?intro shows
 * this page anyway).
 */
export default async function ScanWelcomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const state = await getScanState();
  if (state.kind !== "ok") return <ScanGate state={state} />;
  const { ctx } = state;
  if (ctx.respondent.submittedAt) redirect("/scan/thanks");
  const model = getModel(ctx.engagement.modelVersion);
  const { answers } = await loadAnswers(await getDb(), ctx.respondent.id);
  const progress = scanProgress(model, new Map(Object.entries(answers).map(([k, [v]]) => [k, v])));
  const resume = pagePath(resumePage(progress));
  const showIntro = (await searchParams).intro !== undefined;
  if (!progress.empty && !showIntro) redirect(resume);

  const locale = ctx.respondent.locale;
  const t = await getTranslations({ locale, namespace: "scanWelcome" });
  const duration = (await getTranslations({ locale, namespace: "scanDuration" }))("estimate");
  const firm = ctx.firm.name;
  const client = ctx.client.name;
  const k = ctx.engagement.anonymityK;
  return (
    <ScanFrame branding={brandingOf(ctx)} locale={locale}>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-lg text-slate-800">{t("lead", { firm, client })}</p>

      <section aria-labelledby="welcome-language" className="mt-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="welcome-language" className="text-lg font-semibold">
          {t("languageTitle")}
        </h2>
        <p className="mt-1 mb-3 text-sm text-slate-600">{t("languageHint")}</p>
        <LanguageForm locale={locale} next={showIntro ? "/scan?intro=1" : "/scan"} />
      </section>

      <section aria-labelledby="welcome-purpose" className="mt-6">
        <h2 id="welcome-purpose" className="text-lg font-semibold">
          {t("purposeTitle")}
        </h2>
        <p className="mt-2 text-slate-800">{t("purpose")}</p>
        <ul className="mt-2 list-disc pl-6 text-slate-800">
          {model.pillars.map((p) => (
            <li key={p.key}>{text(p.name, locale)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="welcome-how" className="mt-6">
        <h2 id="welcome-how" className="text-lg font-semibold">
          {t("howTitle")}
        </h2>
        <ul className="mt-2 flex list-disc flex-col gap-2 pl-6 text-slate-800">
          <li>{t("howChoose")}</li>
          <li>{t("howUnknown")}</li>
          <li>{t("howTime", { duration })}</li>
        </ul>
      </section>

      <section aria-labelledby="welcome-privacy" className="mt-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="welcome-privacy" className="text-lg font-semibold">
          {t("privacyTitle")}
        </h2>
        <ul className="mt-2 flex list-disc flex-col gap-2 pl-6 text-slate-800" data-testid="privacy-statement">
          <li>{t("privacyConsultants", { firm })}</li>
          <li>{t("privacyClient", { client, k })}</li>
          <li>{t("privacyDistributions", { n: Math.max(MIN_N_FOR_DISTRIBUTIONS, k) })}</li>
          <li>{t("privacyErase")}</li>
        </ul>
      </section>

      <div className="mt-8 mb-4">
        <a href={progress.empty ? "/scan/pillar/1" : resume} className={`${scanPrimaryButton} w-full sm:w-auto`}>
          {progress.empty ? t("begin") : t("continue")}
        </a>
      </div>
    </ScanFrame>
  );
}
