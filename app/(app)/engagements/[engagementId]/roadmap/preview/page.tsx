import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EngagementTabs } from "@/components/engagements/engagement-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/session";
import { LOCALES, type Locale } from "@/lib/model/types";
import { orNotFound } from "@/lib/not-found";
import { getLatestReportVersion } from "@/lib/reports/versions";
import { parseReportQuery, previewHref, reportHref } from "@/lib/reports/urls";
import { getEngagementRoadmap } from "@/lib/roadmap/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("roadmap"))("preview.title") };
}

type Query = Record<string, string | string[] | undefined>;

/** The report PDF shown inline (same-origin frame), for the draft or a published version. */
export default async function RoadmapPreviewPage({ params, searchParams }: { params: Promise<{ engagementId: string }>; searchParams: Promise<Query> }) {
  const ctx = await requirePage("roadmap.view");
  const [{ engagementId }, query] = await Promise.all([params, searchParams]);
  const { engagement, roadmap } = await orNotFound(getEngagementRoadmap(ctx, engagementId));
  const flat = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  const request = parseReportQuery(flat);
  if (!request || (request.version === "draft" && !roadmap)) notFound();
  const latest = await getLatestReportVersion(ctx.db, ctx.firm.id, engagement.id);
  if (typeof request.version === "number" && (!latest || request.version > latest.version)) notFound();
  const t = await getTranslations("roadmap.preview");
  const locale = request.locale ?? ((await getLocale()) as Locale);
  const inline = reportHref(engagement.id, { version: request.version, locale, disposition: "inline" });
  const choices = [...(roadmap ? (["draft"] as const) : []), ...(latest ? [latest.version] : [])];
  const label = (v: "draft" | number | "latest") => (v === "draft" ? t("draft") : t("version", { version: v === "latest" ? (latest?.version ?? 0) : v }));

  return (
    <>
      <PageHeader title={engagement.title} description={engagement.clientName} />
      <EngagementTabs engagementId={engagement.id} current="roadmap" />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">
          {t("title")}: {label(request.version)}
        </h2>
        <Link href={`/engagements/${engagement.id}/roadmap`} className="text-sm font-semibold text-blue-700 hover:underline">
          {t("back")}
        </Link>
      </div>
      <nav aria-label={t("choose")} className="mb-3 flex flex-wrap gap-2 text-sm">
        {choices.flatMap((v) =>
          LOCALES.map((l) => (
            <Link key={`${v}-${l}`} href={previewHref(engagement.id, v, l)} aria-current={v === request.version && l === locale ? "page" : undefined} className="rounded-full border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100 aria-[current=page]:border-brand aria-[current=page]:font-semibold">
              {label(v)} · {l.toUpperCase()}
            </Link>
          )),
        )}
      </nav>
      <iframe src={inline} title={t("frameTitle")} className="h-[80vh] w-full rounded border border-slate-200 bg-slate-100" data-testid="report-preview" />
      <p className="mt-2 text-sm text-slate-600">
        {t("fallback")}{" "}
        <a href={inline} target="_blank" rel="noopener" className="font-semibold text-blue-700 hover:underline">
          {t("open")}
        </a>
      </p>
    </>
  );
}
