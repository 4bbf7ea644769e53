import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SubmitForm } from "@/components/scan/autosave";
import { brandingOf, saveLabels } from "@/components/scan/labels";
import { ScanProgress } from "@/components/scan/progress";
import { ScanFrame } from "@/components/scan/scan-frame";
import { ScanGate } from "@/components/scan/scan-gate";
import { ScanNav } from "@/components/scan/scan-nav";
import { scanLink, scanPrimaryButton } from "@/components/scan/styles";
import { getDb } from "@/db";
import { getModel, itemByKey, t as text } from "@/lib/model";
import { scanProgress, totalSteps } from "@/lib/scan/answers";
import { getScanState, scanStorageKey } from "@/lib/scan/context";
import { formatScanDate } from "@/lib/scan/format";
import { loadAnswers } from "@/lib/scan/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scanReview");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/** What is still open per pillar (with links back), which pillars would count as insufficient, and submit. */
export default async function ReviewPage() {
  const state = await getScanState();
  if (state.kind !== "ok") return <ScanGate state={state} />;
  const { ctx } = state;
  const model = getModel(ctx.engagement.modelVersion);
  const locale = ctx.respondent.locale;
  const t = await getTranslations({ locale, namespace: "scanReview" });
  const ts = await getTranslations({ locale, namespace: "scan" });
  const snapshot = await loadAnswers(await getDb(), ctx.respondent.id);
  const progress = scanProgress(model, new Map(Object.entries(snapshot.answers).map(([k, [v]]) => [k, v])));
  const submittedAt = ctx.respondent.submittedAt;
  const insufficient = progress.pillars.filter((p) => p.insufficient).map((p) => text(model.pillars[p.page - 1]!.name, locale));

  return (
    <ScanFrame branding={brandingOf(ctx)} locale={locale} languagePath="/scan/review">
      <ScanProgress step={totalSteps(model)} total={totalSteps(model)} locale={locale} />
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      {submittedAt ? null : <p className="mt-2 mb-5 text-slate-700">{t("intro")}</p>}

      <ul className="mt-4 flex flex-col gap-4" data-testid="review-pillars">
        {progress.pillars.map((p) => {
          const pillar = model.pillars[p.page - 1]!;
          const name = text(pillar.name, locale);
          const total = p.openItems.length + p.answeredItems;
          const complete = p.openItems.length === 0 && !p.desiredOpen && !p.importanceOpen;
          const open = [
            ...p.openItems.map((key) => {
              const item = itemByKey(model, key);
              return { id: `item-${key}`, label: item ? text(item.theme, locale) : key };
            }),
            ...(p.desiredOpen ? [{ id: `desired-${pillar.key}`, label: t("desiredOpen") }] : []),
            ...(p.importanceOpen ? [{ id: `importance-${pillar.key}`, label: t("importanceOpen") }] : []),
          ];
          return (
            <li key={p.pillar} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid={`review-${p.pillar}`}>
              <h2 className="text-lg font-semibold">{name}</h2>
              <p className="mt-1 text-slate-700">
                {complete ? t("complete") : t("itemsAnswered", { answered: p.answeredItems, total })}
              </p>
              {open.length > 0 ? (
                <div className="mt-2">
                  <p className="text-sm font-medium text-slate-800">{t("openItems")}</p>
                  <ul className="mt-1 flex flex-col gap-1">
                    {open.map((o) => (
                      <li key={o.id}>
                        <a href={`/scan/pillar/${p.page}#${o.id}`} className={`${scanLink} inline-flex min-h-11 items-center`}>
                          {o.label}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {p.insufficient ? (
                <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="insufficient">
                  {t("insufficient")}
                </p>
              ) : null}
              {open.length > 0 && !submittedAt ? null : (
                <a href={`/scan/pillar/${p.page}`} className={`${scanLink} mt-2 inline-flex min-h-11 items-center`}>
                  {t("goTo", { pillar: name })}
                </a>
              )}
            </li>
          );
        })}
        <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="review-kpis">
          <h2 className="text-lg font-semibold">{t("kpisTitle")}</h2>
          <p className="mt-1 text-slate-700">{t("kpisAnswered", { answered: progress.answeredKpis, total: progress.totalKpis })}</p>
          <a href="/scan/kpis" className={`${scanLink} mt-2 inline-flex min-h-11 items-center`}>
            {t("goToKpis")}
          </a>
        </li>
      </ul>

      <section aria-labelledby="submit-title" className="mt-6 rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
        <h2 id="submit-title" className="text-lg font-semibold">
          {submittedAt ? t("submittedTitle") : t("submitTitle")}
        </h2>
        {submittedAt ? (
          <p className="mt-2 text-slate-800" data-testid="review-submitted">
            {t("submittedBody", { date: formatScanDate(submittedAt, locale) })}
          </p>
        ) : (
          <SubmitForm
            storageKey={scanStorageKey(ctx.respondent.id)}
            maxSeq={snapshot.maxSeq}
            serverNow={snapshot.serverNow}
            action="/api/scan/submit"
            labels={await saveLabels(locale)}
            blockedMessage={t("blocked")}
          >
            {insufficient.length > 0 ? (
              <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900" data-testid="submit-warning">
                {t("submitWarning", { count: insufficient.length, pillars: insufficient.join(", ") })}
              </p>
            ) : null}
            <p className="mt-2 text-slate-800">{t("submitBody")}</p>
            <div>
              <button type="submit" className={`${scanPrimaryButton} w-full sm:w-auto`}>
                {t("submit")}
              </button>
            </div>
          </SubmitForm>
        )}
      </section>
      <div className="mt-6 mb-4">
        <ScanNav previous={{ href: "/scan/kpis", label: ts("previous") }} />
      </div>
    </ScanFrame>
  );
}
