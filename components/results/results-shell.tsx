import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EngagementTabs } from "@/components/engagements/engagement-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ResultsEngagement } from "@/lib/results/engagement";
import type { EngagementResults } from "@/lib/results/queries";
import type { QueryValues, ResultsSection } from "@/lib/results/urls";
import { RESULTS_SECTIONS, resultsHref } from "@/lib/results/urls";
import type { Weighting } from "@/lib/scoring/types";

interface Props {
  readonly engagement: ResultsEngagement;
  readonly section: ResultsSection;
  /** The weighting in use; with `toggle` the weighting switch is shown (pages whose figures depend on it). */
  readonly weighting: Weighting;
  readonly toggle?: { readonly query?: QueryValues; readonly sub?: string };
  readonly children: React.ReactNode;
}

/** The frame of every results page: engagement header and tabs, the results menu, the weighting switch. */
export async function ResultsShell({ engagement, section, weighting, toggle, children }: Props) {
  const t = await getTranslations("results");
  const carry = weighting !== engagement.weighting ? { weighting } : {};
  return (
    <>
      <PageHeader title={engagement.title} description={engagement.clientName} actions={<StatusBadge status={engagement.status} />} />
      <EngagementTabs engagementId={engagement.id} current="results" />
      <nav aria-label={t("navLabel")} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {RESULTS_SECTIONS.map((s) => {
            const active = s === section;
            return (
              <li key={s}>
                <Link
                  href={resultsHref(engagement.id, s, carry)}
                  aria-current={active ? "page" : undefined}
                  className={`inline-block rounded-full border px-3 py-1 text-sm ${active ? "border-brand bg-brand font-semibold text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100"}`}
                >
                  {t(`nav.${s}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {engagement.status === "open" || engagement.status === "draft" ? (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t(`status.${engagement.status}`)}
        </p>
      ) : null}
      {toggle ? (
        <div className="mb-5 flex flex-wrap items-center gap-x-3 gap-y-2">
          <span id="weighting-label" className="text-sm font-medium text-slate-700">
            {t("weighting.label")}
          </span>
          <div role="group" aria-labelledby="weighting-label" className="inline-flex overflow-hidden rounded border border-slate-300 bg-white text-sm">
            {(["role_group", "respondent"] as const).map((w) => {
              const active = w === weighting;
              const query = { ...toggle.query, weighting: w === engagement.weighting ? undefined : w };
              return (
                <Link
                  key={w}
                  href={resultsHref(engagement.id, section, query, toggle.sub)}
                  aria-current={active ? "true" : undefined}
                  className={`px-3 py-1.5 ${active ? "bg-slate-800 font-semibold text-white" : "text-slate-700 hover:bg-slate-100"}`}
                >
                  {t(`weighting.${w}`)}
                  {w === engagement.weighting ? <span className={active ? "text-slate-200" : "text-slate-500"}> ({t("weighting.setting")})</span> : null}
                </Link>
              );
            })}
          </div>
          <p className="w-full max-w-3xl text-xs text-slate-600">{t("weighting.help")}</p>
        </div>
      ) : null}
      {children}
    </>
  );
}

/** The explanation for an engagement with 0 or 1 submitted scans (never NaN, never a crash). */
export async function TooFewSubmissions({ engagementId, submitted }: { engagementId: string; submitted: number }) {
  const t = await getTranslations("results.empty");
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
      <h2 className="text-lg font-semibold">{submitted === 0 ? t("noneTitle") : t("oneTitle")}</h2>
      <p className="mx-auto mt-2 max-w-xl text-slate-600">{submitted === 0 ? t("none") : t("one")}</p>
      <p className="mt-4 flex flex-wrap justify-center gap-4 text-sm">
        {submitted > 0 ? (
          <Link href={resultsHref(engagementId, "respondents")} className="font-semibold text-blue-700 hover:underline">
            {t("toRespondents")}
          </Link>
        ) : null}
        <Link href={`/engagements/${engagementId}`} className="font-semibold text-blue-700 hover:underline">
          {t("toTracking")}
        </Link>
      </p>
    </div>
  );
}

/** A whole results page for an engagement without enough submitted scans to analyse. */
export function TooFewResultsPage({ results, section }: { results: Pick<EngagementResults, "engagement" | "weighting" | "response">; section: ResultsSection }) {
  return (
    <ResultsShell engagement={results.engagement} section={section} weighting={results.weighting}>
      <TooFewSubmissions engagementId={results.engagement.id} submitted={results.response.submitted} />
    </ResultsShell>
  );
}
