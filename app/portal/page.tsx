import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listPortalReports } from "@/lib/portal/queries";
import { requirePortal } from "@/lib/portal/session";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("title") };
}

export default async function PortalHome() {
  const ctx = await requirePortal();
  const reports = await listPortalReports(ctx);
  const t = await getTranslations("portal");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("heading")} description={t("intro", { clients: ctx.clients.map((c) => c.name).join(", ") })} />
      {reports.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody", { firm: ctx.firm.name })}</EmptyState>
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col gap-3">
          {reports.map((r) => (
            <li key={r.engagementId} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/portal/engagements/${r.engagementId}`} className="text-blue-800 underline-offset-2 hover:underline">
                  {r.title}
                </Link>
              </h2>
              <p className="text-sm text-slate-600">
                {r.clientName} · {t("published", { date: format.dateTime(r.publishedAt, { dateStyle: "long" }), version: r.version })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
