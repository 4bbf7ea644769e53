import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EngagementTabs } from "@/components/engagements/engagement-tabs";
import { ResponseOverview } from "@/components/engagements/response-overview";
import { SettingsSummary } from "@/components/engagements/settings-summary";
import { StatusActions } from "@/components/engagements/status-actions";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { getEngagementDetail } from "@/lib/engagements/queries";
import { getEngagementResponse } from "@/lib/engagements/response";
import { MANUAL_TRANSITIONS } from "@/lib/engagements/status";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("engagements"))("title") };
}

export default async function EngagementPage({ params }: { params: Promise<{ engagementId: string }> }) {
  const ctx = await requirePage("engagements.view");
  const { engagementId } = await params;
  const engagement = await orNotFound(getEngagementDetail(ctx, engagementId));
  const response = await getEngagementResponse(ctx, engagement.id);
  const t = await getTranslations("engagementPages");
  const manage = can(ctx.role, "engagements.manage");
  return (
    <>
      <PageHeader
        title={engagement.title}
        actions={
          <p className="text-sm text-slate-600">
            <Link href={`/clients/${engagement.clientId}`} className="font-medium text-blue-700 hover:underline">
              {engagement.clientName}
            </Link>
          </p>
        }
      />
      <EngagementTabs engagementId={engagement.id} current="overview" />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 flex flex-wrap items-center gap-2 text-lg font-semibold">
            {t("statusHeading")} <StatusBadge status={engagement.status} />
          </h2>
          <p className="mb-4 text-sm text-slate-700">{t(`statusHelp.${engagement.status}`)}</p>
          {engagement.clientArchived ? <p className="mb-3 text-sm text-amber-800">{t("clientArchived")}</p> : null}
          {manage ? (
            <StatusActions
              engagementId={engagement.id}
              status={engagement.status}
              transitions={MANUAL_TRANSITIONS[engagement.status]}
              warnNoRespondents={response.overall.total === 0}
            />
          ) : null}
          {engagement.status === "closed" || engagement.status === "published" ? (
            <p className="mt-4 text-sm">
              <Link href={`/engagements/${engagement.id}/roadmap`} className="font-medium text-brand underline underline-offset-2">
                {t(engagement.status === "closed" ? "publishViaRoadmap" : "openRoadmap")}
              </Link>
            </p>
          ) : null}
        </Card>
        <ResponseOverview engagementId={engagement.id} modelVersion={engagement.modelVersion} response={response} />
        <div className="lg:col-span-2">
          <SettingsSummary engagement={engagement} />
        </div>
      </div>
    </>
  );
}
