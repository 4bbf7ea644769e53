import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EngagementTabs } from "@/components/engagements/engagement-tabs";
import { RespondentFilters } from "@/components/respondents/respondent-filters";
import { RespondentForm } from "@/components/respondents/respondent-form";
import { RespondentRowActions } from "@/components/respondents/respondent-row-actions";
import { RespondentsSummary } from "@/components/respondents/respondents-summary";
import { RespondentsTable } from "@/components/respondents/respondents-table";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { getEngagement } from "@/lib/engagements/queries";
import { acceptsRespondents } from "@/lib/engagements/status";
import type { Locale } from "@/lib/model/types";
import { orNotFound } from "@/lib/not-found";
import { filterRespondents, parseRespondentFilters } from "@/lib/respondents/filters";
import { listRespondents } from "@/lib/respondents/queries";
import { responseRates } from "@/lib/respondents/tracking";
import { itemCountFor, roleLabelsFor, roleOptionsFor } from "@/lib/respondents/view";

export async function generateMetadata() {
  return { title: (await getTranslations("respondents"))("title") };
}

interface Props {
  params: Promise<{ engagementId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function RespondentsPage({ params, searchParams }: Props) {
  const ctx = await requirePage("respondents.view");
  const { engagementId } = await params;
  const engagement = await orNotFound(getEngagement(ctx, engagementId));
  const [rows, t, tStatus, locale] = await Promise.all([
    listRespondents(ctx, engagement.id),
    getTranslations("respondents"),
    getTranslations("engagementStatus"),
    getLocale() as Promise<Locale>,
  ]);
  const filters = parseRespondentFilters(await searchParams);
  const open = acceptsRespondents(engagement.status);
  const manage = can(ctx.role, "respondents.manage");
  const editable = manage && open;
  const roleLabels = roleLabelsFor(engagement.modelVersion, locale);
  const roleOptions = roleOptionsFor(engagement.modelVersion, locale);
  const { overall, byStatus } = responseRates(rows);
  const shown = filterRespondents(rows, filters);
  const href = `/engagements/${engagement.id}/respondents`;
  return (
    <>
      <PageHeader
        title={engagement.title}
        description={t("description", { client: engagement.clientName })}
        actions={
          editable ? (
            <Link href={`${href}/import`} className={buttonClass("secondary")}>
              {t("importLink")}
            </Link>
          ) : null
        }
      />
      <EngagementTabs engagementId={engagement.id} current="respondents" />
      {!open ? (
        <p className="mb-6 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("closedNotice", { status: tStatus(engagement.status) })}
        </p>
      ) : null}
      {editable ? (
        <Card className="mb-6">
          <h2 className="mb-3 text-lg font-semibold">{t("addHeading")}</h2>
          <RespondentForm engagementId={engagement.id} roleOptions={roleOptions} defaultLocale={engagement.scanLocale} />
        </Card>
      ) : null}
      <h2 className="mb-3 text-lg font-semibold">{t("listHeading")}</h2>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{editable ? t("emptyBody") : t("emptyBodyClosed")}</EmptyState>
      ) : (
        <>
          <RespondentsSummary overall={overall} byStatus={byStatus} href={href} current={filters.status} roleGroup={filters.roleGroup} />
          <RespondentFilters href={href} filters={filters} roleOptions={roleOptions} shown={shown.length} total={rows.length} />
          {shown.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("noMatch")}</p>
          ) : (
            <RespondentsTable
              rows={shown}
              roleLabels={roleLabels}
              itemCount={itemCountFor(engagement.modelVersion)}
              renderActions={
                manage
                  ? (r) => (
                      <RespondentRowActions
                        engagementId={engagement.id}
                        respondentId={r.id}
                        name={r.name}
                        activeLinks={r.activeLinks}
                        editable={editable}
                      />
                    )
                  : undefined
              }
            />
          )}
        </>
      )}
    </>
  );
}
