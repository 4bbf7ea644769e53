import { getLocale, getTranslations } from "next-intl/server";
import { pillarName } from "@/components/results/format";
import { PillarTable } from "@/components/results/pillar-table";
import { ResultsShell, TooFewResultsPage } from "@/components/results/results-shell";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/session";
import type { Locale } from "@/lib/model/types";
import { resultsForPage } from "@/lib/results/page";
import { listRatings, ratingLevels } from "@/lib/results/ratings";
import type { SearchParams } from "@/lib/results/schemas";
import { pillarRows } from "@/lib/results/views";
import { pillarComments } from "@/lib/scoring/safe-figures";

export async function generateMetadata() {
  return { title: (await getTranslations("resultsPillars"))("title") };
}

export default async function ResultsPillarsPage({
  params,
  searchParams,
}: {
  params: Promise<{ engagementId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await requirePage("results.view");
  const [{ engagementId }, query] = await Promise.all([params, searchParams]);
  const results = await resultsForPage(ctx, engagementId, query);
  const { engagement, model, analysis, weighting } = results;
  const t = await getTranslations("resultsPillars");
  const locale = (await getLocale()) as Locale;
  if (!analysis) return <TooFewResultsPage results={results} section="pillars" />;
  const ratings = await listRatings(ctx, engagement.id);
  const rows = pillarRows(model, analysis, ratingLevels(ratings));
  const comments = pillarComments(model, results.responses);
  return (
    <ResultsShell engagement={engagement} section="pillars" weighting={weighting} toggle={{}}>
      <h2 className="mb-1 text-xl font-semibold">{t("title")}</h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("description")}</p>
      <PillarTable rows={rows} model={model} />
      <details className="mt-3 max-w-4xl rounded border border-slate-200 bg-white px-3 py-2 text-sm">
        <summary className="cursor-pointer font-medium">{t("readHeading")}</summary>
        <ul className="mt-2 list-disc pl-5 text-slate-700">
          {(["level", "consensus", "n", "priority", "kpi"] as const).map((k) => (
            <li key={k}>{t(`read.${k}`)}</li>
          ))}
          <li>{t("unbalancedHelp")}</li>
        </ul>
      </details>
      <Card className="mt-6">
        <h2 className="mb-1 text-lg font-semibold">{t("commentsHeading")}</h2>
        <p className="mb-3 text-sm text-slate-600">{t("commentsHelp")}</p>
        <div className="grid gap-4 md:grid-cols-2">
          {comments.map((c) => (
            <section key={c.pillar}>
              <h3 className="font-medium">{pillarName(model, c.pillar, locale)}</h3>
              {c.texts.length === 0 ? (
                <p className="text-sm text-slate-500">{t("noComments")}</p>
              ) : (
                <ul className="mt-1 list-disc pl-5 text-sm text-slate-800">
                  {c.texts.map((text, i) => (
                    <li key={i} className="whitespace-pre-line [overflow-wrap:anywhere]">
                      {text}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      </Card>
    </ResultsShell>
  );
}
