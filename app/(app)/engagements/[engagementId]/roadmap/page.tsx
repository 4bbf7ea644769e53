import { getLocale, getTranslations } from "next-intl/server";
import { EngagementTabs } from "@/components/engagements/engagement-tabs";
import { GenerateButton } from "@/components/roadmap/generate-button";
import { RoadmapEditor } from "@/components/roadmap/roadmap-editor";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { CLOSE_DATE_TIME_ZONE } from "@/lib/engagements/close-date";
import { acceptsRoadmap } from "@/lib/engagements/status";
import { getModel } from "@/lib/model";
import type { Locale } from "@/lib/model/types";
import { orNotFound } from "@/lib/not-found";
import { latestVersionRecheck } from "@/lib/reports/served";
import { getLatestReportVersion } from "@/lib/reports/versions";
import { clientSafeResults } from "@/lib/results/client-safe";
import { getEngagementRoadmap } from "@/lib/roadmap/queries";
import { nextQuarters } from "@/lib/roadmap/text";

export async function generateMetadata() {
  return { title: (await getTranslations("roadmap"))("title") };
}

export default async function RoadmapPage({ params }: { params: Promise<{ engagementId: string }> }) {
  const ctx = await requirePage("roadmap.view");
  const { engagementId } = await params;
  const { engagement, roadmap } = await orNotFound(getEngagementRoadmap(ctx, engagementId));
  const [t, ts, locale] = await Promise.all([getTranslations("roadmap"), getTranslations("engagementStatus"), getLocale() as Promise<Locale>]);
  const model = getModel(engagement.modelVersion);
  const manage = can(ctx.role, "roadmap.manage");
  const publishable = acceptsRoadmap(engagement.status);
  // What the client would be shown decides the warning, not the consultant's own figures.
  const [latest, safe, rechecked] = await Promise.all([
    getLatestReportVersion(ctx.db, ctx.firm.id, engagement.id),
    publishable || roadmap ? clientSafeResults(ctx, engagement.id) : null,
    latestVersionRecheck(ctx.db, ctx.firm.id, engagement.id),
  ]);
  const withheld = safe?.view.status === "too_few_responses" ? safe.view.k : null;
  const unscored = roadmap !== null && roadmap.document.pillars.every((p) => p.current === null);
  const dateTime = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: CLOSE_DATE_TIME_ZONE });

  return (
    <>
      <PageHeader title={engagement.title} description={engagement.clientName} actions={<StatusBadge status={engagement.status} />} />
      <EngagementTabs engagementId={engagement.id} current="roadmap" />
      <p className="mb-4 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <div className="mb-4 flex flex-col gap-2">
        {withheld !== null ? <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("clientSafeWithheld", { k: withheld })}</p> : null}
        {rechecked ? (
          <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="disclosure-rechecked">
            {t("disclosureRechecked", rechecked)}
          </p>
        ) : null}
        {unscored ? <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("unscored")}</p> : null}
        {roadmap && !manage ? <p className="text-sm text-slate-600">{t("readOnly")}</p> : null}
      </div>
      {roadmap ? (
        <RoadmapEditor
          engagementId={engagement.id}
          initialDocument={roadmap.document}
          initialRevision={roadmap.revision}
          modelTexts={Object.fromEntries(model.actions.map((a) => [a.key, { title: a.title[locale] || a.title.nl, description: a.description[locale] || a.description.nl }]))}
          pillars={model.pillars.map((p) => ({ key: p.key, name: p.name[locale] || p.name.nl }))}
          quarters={nextQuarters(new Date())}
          canManage={manage}
          canPublish={can(ctx.role, "reports.publish")}
          publishable={publishable}
          statusText={ts(engagement.status)}
          latest={latest ? { version: latest.version, roadmapRevision: latest.roadmapRevision, publishedAtText: dateTime.format(latest.publishedAt) } : null}
          reportLocale={locale /* the download's language defaults to the consultant's own; chosen per download */}
        />
      ) : !publishable ? (
        <EmptyState title={t("generate.heading")}>
          <p>{t("notReady", { status: ts(engagement.status) })}</p>
        </EmptyState>
      ) : manage ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("generate.heading")}</h2>
          <p className="mb-4 max-w-3xl text-sm text-slate-700">{t("generate.help")}</p>
          <GenerateButton engagementId={engagement.id} />
        </Card>
      ) : (
        <EmptyState title={t("generate.heading")}>
          <p>{t("readOnly")}</p>
        </EmptyState>
      )}
    </>
  );
}
