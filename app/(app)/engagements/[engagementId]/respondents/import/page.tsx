import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EngagementTabs } from "@/components/engagements/engagement-tabs";
import { ImportForm } from "@/components/respondents/import-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { getEngagement } from "@/lib/engagements/queries";
import { acceptsRespondents } from "@/lib/engagements/status";
import type { Locale } from "@/lib/model/types";
import { orNotFound } from "@/lib/not-found";
import { MAX_IMPORT_ROWS } from "@/lib/respondents/import-rows";
import { roleLabelsFor } from "@/lib/respondents/view";

export async function generateMetadata() {
  return { title: (await getTranslations("respondentImport"))("title") };
}

export default async function ImportRespondentsPage({ params }: { params: Promise<{ engagementId: string }> }) {
  const ctx = await requirePage("respondents.view");
  const { engagementId } = await params;
  const engagement = await orNotFound(getEngagement(ctx, engagementId));
  const [t, tStatus, locale] = await Promise.all([getTranslations("respondentImport"), getTranslations("engagementStatus"), getLocale() as Promise<Locale>]);
  const listHref = `/engagements/${engagement.id}/respondents`;
  const allowed = can(ctx.role, "respondents.manage") && acceptsRespondents(engagement.status);
  const roleLabels = roleLabelsFor(engagement.modelVersion, locale);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { engagement: engagement.title, client: engagement.clientName })} />
      <EngagementTabs engagementId={engagement.id} current="respondents" />
      <p className="mb-4">
        <Link href={listHref} className="text-sm text-blue-700 underline-offset-2 hover:underline">
          {t("back")}
        </Link>
      </p>
      {!allowed ? (
        <p className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("closed", { status: tStatus(engagement.status) })}
        </p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <Card className="min-w-0">
            <ImportForm engagementId={engagement.id} listHref={listHref} roleLabels={roleLabels} />
          </Card>
          <Card className="min-w-0 text-sm">
            <h2 className="mb-2 text-base font-semibold">{t("howHeading")}</h2>
            <ol className="mb-3 list-decimal space-y-1 pl-5">
              <li>{t("how1")}</li>
              <li>{t("how2")}</li>
              <li>{t("how3")}</li>
            </ol>
            <h3 className="mb-1 font-semibold">{t("columnsHeading")}</h3>
            <p className="mb-2">{t("expectedColumns")}</p>
            <p className="mb-2">{t("rolesAccepted", { roles: Object.values(roleLabels).join(", ") })}</p>
            <p className="mb-2">{t("formatHint", { max: MAX_IMPORT_ROWS })}</p>
            <h3 className="mb-1 font-semibold">{t("exampleHeading")}</h3>
            <pre className="rounded bg-slate-50 p-2 font-mono text-xs whitespace-pre-wrap [overflow-wrap:anywhere]">{t("example")}</pre>
          </Card>
        </div>
      )}
    </>
  );
}
