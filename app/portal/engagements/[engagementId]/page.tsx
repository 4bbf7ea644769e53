import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ReportSummary } from "@/components/portal/report-summary";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/model/types";
import { orNotFound } from "@/lib/not-found";
import { getPortalReport } from "@/lib/portal/queries";
import { requirePortal } from "@/lib/portal/session";
import { portalSummary } from "@/lib/portal/summary";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("title") };
}

/** One published report: built only from the latest published version's frozen snapshot. */
export default async function PortalReportPage({ params }: { params: Promise<{ engagementId: string }> }) {
  const ctx = await requirePortal();
  const { engagementId } = await params;
  const report = await orNotFound(getPortalReport(ctx, engagementId));
  const t = await getTranslations("portal");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const summary = portalSummary(report.results, report.roadmap, locale);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/portal" className="text-blue-800 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader
        title={report.title}
        description={`${report.clientName} · ${t("published", { date: format.dateTime(report.publishedAt, { dateStyle: "long" }), version: report.version })}`}
        actions={
          <a href={`/api/portal/engagements/${report.engagementId}/report`} className={buttonClass("primary")} download>
            {t("download")}
          </a>
        }
      />
      <ReportSummary summary={summary} modelVersion={report.results.view.modelVersion} />
    </>
  );
}
