import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EngagementTabs } from "@/components/engagements/engagement-tabs";
import { RespondentForm } from "@/components/respondents/respondent-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { getEngagement } from "@/lib/engagements/queries";
import { acceptsRespondents } from "@/lib/engagements/status";
import type { Locale } from "@/lib/model/types";
import { orNotFound } from "@/lib/not-found";
import { getRespondent } from "@/lib/respondents/queries";
import { roleOptionsFor } from "@/lib/respondents/view";

export async function generateMetadata() {
  return { title: (await getTranslations("respondents"))("editTitle") };
}

export default async function EditRespondentPage({ params }: { params: Promise<{ engagementId: string; respondentId: string }> }) {
  const ctx = await requirePage("respondents.view");
  const { engagementId, respondentId } = await params;
  const engagement = await orNotFound(getEngagement(ctx, engagementId));
  const respondent = await orNotFound(getRespondent(ctx, engagement.id, respondentId));
  const [t, tStatus, locale] = await Promise.all([getTranslations("respondents"), getTranslations("engagementStatus"), getLocale() as Promise<Locale>]);
  const listHref = `/engagements/${engagement.id}/respondents`;
  const editable = can(ctx.role, "respondents.manage") && acceptsRespondents(engagement.status);
  return (
    <>
      <PageHeader title={t("editTitle")} description={t("editDescription", { name: respondent.name, engagement: engagement.title })} />
      <EngagementTabs engagementId={engagement.id} current="respondents" />
      <p className="mb-4">
        <Link href={listHref} className="text-sm text-blue-700 underline-offset-2 hover:underline">
          {t("back")}
        </Link>
      </p>
      {editable ? (
        <Card className="max-w-3xl">
          <RespondentForm
            engagementId={engagement.id}
            roleOptions={roleOptionsFor(engagement.modelVersion, locale)}
            defaultLocale={engagement.scanLocale}
            respondent={{
              id: respondent.id,
              name: respondent.name,
              email: respondent.email,
              roleGroup: respondent.roleGroup,
              team: respondent.team,
              locale: respondent.locale,
              version: respondent.updatedAt.toISOString(),
            }}
          />
        </Card>
      ) : (
        <p className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("closedNotice", { status: tStatus(engagement.status) })}
        </p>
      )}
    </>
  );
}
