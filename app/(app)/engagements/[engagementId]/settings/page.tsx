import { getTranslations } from "next-intl/server";
import { EngagementForm } from "@/components/engagements/engagement-form";
import { EngagementTabs } from "@/components/engagements/engagement-tabs";
import { SettingsSummary } from "@/components/engagements/settings-summary";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { clientOptions, previousOptions } from "@/lib/engagements/form-options";
import { formValuesOf } from "@/lib/engagements/form-values";
import { getEngagementDetail } from "@/lib/engagements/queries";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("engagementPages"))("settingsTitle") };
}

export default async function EngagementSettingsPage({ params }: { params: Promise<{ engagementId: string }> }) {
  const ctx = await requirePage("engagements.view");
  const { engagementId } = await params;
  const engagement = await orNotFound(getEngagementDetail(ctx, engagementId));
  const t = await getTranslations("engagementPages");
  const manage = can(ctx.role, "engagements.manage");
  const [clients, previous] = manage
    ? await Promise.all([
        clientOptions(ctx, { id: engagement.clientId, name: engagement.clientName, archived: engagement.clientArchived }),
        previousOptions(ctx, engagement.id),
      ])
    : [[], []];
  return (
    <>
      <PageHeader title={engagement.title} />
      <EngagementTabs engagementId={engagement.id} current="settings" />
      <h2 className="mb-4 text-lg font-semibold">{t("settingsTitle")}</h2>
      {manage ? (
        <EngagementForm
          initial={formValuesOf(engagement)}
          clients={clients}
          previousOptions={previous}
          modelVersion={engagement.modelVersion}
          cancelHref={`/engagements/${engagement.id}`}
          existing={{ engagementId: engagement.id, revision: engagement.revision, reloadHref: `/engagements/${engagement.id}/settings` }}
        />
      ) : (
        <SettingsSummary engagement={engagement} />
      )}
    </>
  );
}
