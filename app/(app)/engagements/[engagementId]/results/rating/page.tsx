import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { levelName, pillarName, score } from "@/components/results/format";
import { RatingsForm, type RatingPillar } from "@/components/results/ratings-form";
import { ResultsShell } from "@/components/results/results-shell";
import { requirePage } from "@/lib/auth/session";
import type { Locale } from "@/lib/model/types";
import { resultsForPage } from "@/lib/results/page";
import { listRatings } from "@/lib/results/ratings";
import type { SearchParams } from "@/lib/results/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("resultsRating"))("title") };
}

export default async function ResultsRatingPage({
  params,
  searchParams,
}: {
  params: Promise<{ engagementId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await requirePage("results.rate");
  const [{ engagementId }, query] = await Promise.all([params, searchParams]);
  const results = await resultsForPage(ctx, engagementId, query);
  const { engagement, model, analysis, weighting } = results;
  const ratings = await listRatings(ctx, engagement.id);
  const t = await getTranslations("resultsRating");
  const locale = (await getLocale()) as Locale;
  const format = await getFormatter();
  const pillars = model.pillars.map((p): RatingPillar => {
    const rating = ratings.find((r) => r.pillar === p.key);
    const figures = analysis?.scores.pillars.find((x) => x.pillar === p.key);
    const date = rating ? format.dateTime(rating.updatedAt, { dateStyle: "medium", timeStyle: "short" }) : null;
    return {
      key: p.key,
      name: pillarName(model, p.key, locale),
      respondents:
        figures && figures.mean !== null && figures.stagedLevel !== null
          ? t("respondents", { mean: score(figures.mean, locale), level: `${figures.stagedLevel} ${levelName(model, figures.stagedLevel, locale)}` })
          : t("respondentsNone"),
      lastSaved: rating && date ? (rating.updatedByName ? t("lastSaved", { name: rating.updatedByName, date }) : t("lastSavedUnknown", { date })) : null,
      level: rating?.level ?? null,
      note: rating?.note ?? null,
    };
  });
  const levels = model.levels.map((l) => ({ level: l.level, label: `${l.level} – ${levelName(model, l.level, locale)}` }));
  return (
    <ResultsShell engagement={engagement} section="rating" weighting={weighting}>
      <h2 className="mb-1 text-xl font-semibold">{t("title")}</h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("description")}</p>
      <RatingsForm engagementId={engagement.id} pillars={pillars} levels={levels} />
    </ResultsShell>
  );
}
