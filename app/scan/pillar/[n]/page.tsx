import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AnswerForm } from "@/components/scan/autosave";
import { ChoiceGroup } from "@/components/scan/choice-group";
import { brandingOf, saveLabels } from "@/components/scan/labels";
import { ScanProgress } from "@/components/scan/progress";
import { ReadOnlyNotice } from "@/components/scan/read-only-notice";
import { ScanFrame } from "@/components/scan/scan-frame";
import { ScanGate } from "@/components/scan/scan-gate";
import { ScanNav } from "@/components/scan/scan-nav";
import { getDb } from "@/db";
import { getModel, LEVELS, t as text } from "@/lib/model";
import { commentKey, desiredKey, importanceKey, itemAnswerKey, MAX_COMMENT_LENGTH, totalSteps } from "@/lib/scan/answers";
import { getScanState, scanStorageKey } from "@/lib/scan/context";
import { loadAnswers } from "@/lib/scan/queries";
import { statementOrder } from "@/lib/scan/statement-order";

type Props = { params: Promise<{ n: string }> };

function pillarNumber(raw: string, count: number): number | null {
  const n = /^[1-9]$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= count ? n : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = await getScanState();
  if (state.kind === "invalid") return { robots: { index: false, follow: false } };
  const model = getModel(state.ctx.engagement.modelVersion);
  const n = pillarNumber((await params).n, model.pillars.length);
  const pillar = n ? model.pillars[n - 1] : undefined;
  return { title: pillar ? text(pillar.name, state.ctx.respondent.locale) : undefined, robots: { index: false, follow: false } };
}

/**
 * One pillar: its items (statements in the model's order rule: 2026.2 shuffles them per respondent
 * and item), then the desired level (2026.2: descriptions without level names) and importance,
 * then an optional comment.
 */
export default async function PillarPage({ params }: Props) {
  const state = await getScanState();
  if (state.kind !== "ok") return <ScanGate state={state} />;
  const { ctx } = state;
  const model = getModel(ctx.engagement.modelVersion);
  const n = pillarNumber((await params).n, model.pillars.length);
  if (n === null) notFound();
  const pillar = model.pillars[n - 1]!;
  const locale = ctx.respondent.locale;
  const t = await getTranslations({ locale, namespace: "scanPillar" });
  const ts = await getTranslations({ locale, namespace: "scan" });
  const snapshot = await loadAnswers(await getDb(), ctx.respondent.id);
  const valueOf = (key: string) => snapshot.answers[key]?.[0];
  const readOnly = ctx.respondent.submittedAt !== null;

  const extra = [
    { value: "dont_know", label: text(model.texts.dontKnow, locale) },
    { value: "not_applicable", label: text(model.texts.notApplicable, locale) },
  ];
  const keys = [...pillar.items.map((i) => itemAnswerKey(i.key)), desiredKey(pillar.key), importanceKey(pillar.key), commentKey(pillar.key)];
  const initial = Object.fromEntries(keys.flatMap((k) => (snapshot.answers[k] ? [[k, snapshot.answers[k]]] : [])));
  const comment = commentKey(pillar.key);
  const isLast = n === model.pillars.length;

  const questions = (
    <>
      <h2 className="sr-only">{t("currentTitle")}</h2>
      {pillar.items.map((item) => (
        <ChoiceGroup
          key={item.key}
          id={`item-${item.key}`}
          name={itemAnswerKey(item.key)}
          eyebrow={text(item.theme, locale)}
          legend={text(item.question, locale)}
          glossary={(item.glossary ?? []).map((g) => ({ term: text(g.term, locale), explanation: text(g.explanation, locale) }))}
          glossaryLabel={t("glossary", { terms: (item.glossary ?? []).map((g) => text(g.term, locale)).join(", ") })}
          choices={statementOrder(model, ctx.respondent.id, item.key).map((level) => ({
            value: String(level),
            label: text(item.statements[level], locale),
          }))}
          extraChoices={extra}
          extraLabel={t("otherAnswers")}
          value={valueOf(itemAnswerKey(item.key))}
          disabled={readOnly}
        />
      ))}
      <h2 className="mt-2 text-xl font-semibold">{t("ambitionTitle")}</h2>
      <ChoiceGroup
        id={`desired-${pillar.key}`}
        name={desiredKey(pillar.key)}
        legend={text(pillar.desiredLevelQuestion, locale)}
        choices={model.levels.map((level) => ({ value: String(level.level), label: text(level.ambition ?? level.description, locale) }))}
        value={valueOf(desiredKey(pillar.key))}
        disabled={readOnly}
      />
      <ChoiceGroup
        id={`importance-${pillar.key}`}
        name={importanceKey(pillar.key)}
        legend={text(pillar.importanceQuestion, locale)}
        choices={LEVELS.map((level) => ({ value: String(level), label: text(model.texts.importanceScale[level], locale) }))}
        value={valueOf(importanceKey(pillar.key))}
        disabled={readOnly}
      />
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-semibold">{t("commentTitle")}</h2>
        <label htmlFor={`comment-${pillar.key}`} className="mt-1 block text-slate-800">
          {t("commentLabel")}
        </label>
        <textarea
          id={`comment-${pillar.key}`}
          name={comment}
          rows={4}
          maxLength={MAX_COMMENT_LENGTH}
          defaultValue={valueOf(comment) ?? ""}
          disabled={readOnly}
          aria-describedby={`comment-${pillar.key}-hint`}
          className="mt-2 block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 disabled:bg-slate-50"
        />
        <p id={`comment-${pillar.key}-hint`} className="mt-1 text-sm text-slate-600">
          {t("commentHint")}
        </p>
      </div>
      <ScanNav
        previous={{ href: n === 1 ? "/scan?intro=1" : `/scan/pillar/${n - 1}`, label: ts("previous") }}
        next={{ href: isLast ? "/scan/kpis" : `/scan/pillar/${n + 1}`, label: ts("next") }}
      />
    </>
  );

  return (
    <ScanFrame branding={brandingOf(ctx)} locale={locale} languagePath={`/scan/pillar/${n}`}>
      <ScanProgress step={n} total={totalSteps(model)} locale={locale} />
      <h1 className="text-2xl font-semibold tracking-tight">{text(pillar.name, locale)}</h1>
      <p className="mt-2 text-slate-700">{text(pillar.description, locale)}</p>
      <p className="mt-3 mb-5 font-medium text-slate-800">{t(model.presentation?.statementOrder === "shuffled" ? "introShuffled" : "intro")}</p>
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
