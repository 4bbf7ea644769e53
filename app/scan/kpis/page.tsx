import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnswerForm } from "@/components/scan/autosave";
import { ChoiceGroup } from "@/components/scan/choice-group";
import { brandingOf, saveLabels } from "@/components/scan/labels";
import { ScanProgress } from "@/components/scan/progress";
import { ReadOnlyNotice } from "@/components/scan/read-only-notice";
import { ScanFrame } from "@/components/scan/scan-frame";
import { ScanGate } from "@/components/scan/scan-gate";
import { ScanNav } from "@/components/scan/scan-nav";
import { getDb } from "@/db";
import { getModel, isBasicKpiLevel, t as text } from "@/lib/model";
import type { Kpi } from "@/lib/model";
import { kpiAnswerKey, totalSteps } from "@/lib/scan/answers";
import { getScanState, scanStorageKey } from "@/lib/scan/context";
import { loadAnswers } from "@/lib/scan/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scanKpis");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/**
 * The KPI checklist: yes / no / don't know per KPI, grouped by pillar, without their levels.
 * 2026.2: each KPI carries its rhythm and the question "do you measure and review this at that
 * rhythm"; the level-1/2 KPIs come first as "basics".
 */
export default async function KpiPage() {
  const state = await getScanState();
  if (state.kind !== "ok") return <ScanGate state={state} />;
  const { ctx } = state;
  const model = getModel(ctx.engagement.modelVersion);
  const locale = ctx.respondent.locale;
  const t = await getTranslations({ locale, namespace: "scanKpis" });
  const ts = await getTranslations({ locale, namespace: "scan" });
  const snapshot = await loadAnswers(await getDb(), ctx.respondent.id);
  const readOnly = ctx.respondent.submittedAt !== null;
  const keys = model.kpis.map((k) => kpiAnswerKey(k.key));
  const initial = Object.fromEntries(keys.flatMap((k) => (snapshot.answers[k] ? [[k, snapshot.answers[k]]] : [])));
  const choices = [
    { value: "yes", label: text(model.texts.kpiYes, locale) },
    { value: "no", label: text(model.texts.kpiNo, locale) },
    { value: "dont_know", label: text(model.texts.kpiDontKnow, locale) },
  ];
  const step = model.pillars.length + 1;
  const rhythmQuestion = model.texts.kpiRhythmQuestion;
  const rhythmLabel = model.texts.kpiRhythmLabel;
  const basic = (kpi: Kpi) => isBasicKpiLevel(model, kpi.level);
  const groups = [
    ...(model.kpis.some(basic) ? [{ id: "basics", title: t("basicsTitle"), intro: t("basicsIntro"), kpis: model.kpis.filter(basic) }] : []),
    ...model.pillars.map((pillar) => ({
      id: pillar.key,
      title: text(pillar.name, locale),
      intro: undefined,
      kpis: model.kpis.filter((k) => k.pillar === pillar.key && !basic(k)),
    })),
  ].filter((g) => g.kpis.length > 0);

  const questions = (
    <>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`kpis-${group.id}`} className="flex flex-col gap-4">
          <h2 id={`kpis-${group.id}`} className="mt-2 text-xl font-semibold">
            {group.title}
          </h2>
          {group.intro ? <p className="-mt-2 text-slate-700">{group.intro}</p> : null}
          {group.kpis.map((kpi) => (
            <ChoiceGroup
              key={kpi.key}
              id={`kpi-${kpi.key}`}
              name={kpiAnswerKey(kpi.key)}
              eyebrow={kpi.rhythm && rhythmLabel ? text(rhythmLabel[kpi.rhythm], locale) : undefined}
              legend={text(kpi.name, locale)}
              description={[text(kpi.explanation, locale), kpi.rhythm && rhythmQuestion ? text(rhythmQuestion[kpi.rhythm], locale) : ""]
                .filter(Boolean)
                .join(" ")}
              choices={choices}
              layout="row"
              value={snapshot.answers[kpiAnswerKey(kpi.key)]?.[0]}
              disabled={readOnly}
            />
          ))}
        </section>
      ))}
      <ScanNav
        previous={{ href: `/scan/pillar/${model.pillars.length}`, label: ts("previous") }}
        next={{ href: "/scan/review", label: ts("toReview") }}
      />
    </>
  );

  return (
    <ScanFrame branding={brandingOf(ctx)} locale={locale} languagePath="/scan/kpis">
      <ScanProgress step={step} total={totalSteps(model)} locale={locale} />
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-800">{text(model.texts.kpiQuestion, locale)}</p>
      <p className="mt-1 mb-5 text-slate-700">{t("intro")}</p>
      {readOnly && ctx.respondent.submittedAt ? <ReadOnlyNotice submittedAt={ctx.respondent.submittedAt} locale={locale} /> : null}
      {readOnly ? (
        <div className="flex flex-col gap-6">{questions}</div>
      ) : (
        <AnswerForm storageKey={scanStorageKey(ctx.respondent.id)} initial={initial} maxSeq={snapshot.maxSeq} serverNow={snapshot.serverNow} labels={await saveLabels(locale)}>
          {questions}
        </AnswerForm>
      )}
    </ScanFrame>
  );
}
