import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePage } from "@/lib/auth/session";
import { getEngagement } from "@/lib/engagements/queries";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("engagements"))("title") };
}

export default async function EngagementPage({ params }: { params: Promise<{ engagementId: string }> }) {
  const ctx = await requirePage("engagements.view");
  const { engagementId } = await params;
  const engagement = await orNotFound(getEngagement(ctx, engagementId));
  const t = await getTranslations("engagements");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={engagement.title} />
      <Card>
        <dl className="grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-600">{t("colClient")}</dt>
            <dd>
              <Link href={`/clients/${engagement.clientId}`} className="text-blue-700 hover:underline">
                {engagement.clientName}
              </Link>
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("colStatus")}</dt>
            <dd>
              <StatusBadge status={engagement.status} />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("colModel")}</dt>
            <dd>
              <Link href="/model" className="text-blue-700 hover:underline">
                {engagement.modelVersion}
              </Link>
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("colCreated")}</dt>
            <dd>{format.dateTime(engagement.createdAt, { dateStyle: "long" })}</dd>
          </div>
        </dl>
      </Card>
    </>
  );
}
