import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EngagementTable } from "@/components/engagements/engagement-table";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { listClients } from "@/lib/clients/queries";
import { listEngagements } from "@/lib/engagements/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const ctx = await requirePage("dashboard.view");
  const t = await getTranslations("dashboard");
  const tl = await getTranslations("engagementLists");
  const [engagements, clients] = await Promise.all([listEngagements(ctx), listClients(ctx)]);
  const count = (status: string) => engagements.filter((e) => e.status === status).length;
  return (
    <>
      <PageHeader title={t("title")} description={t("welcome", { name: ctx.user.name, firm: ctx.firm.name })} />
      <div className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          { label: t("statClients"), value: clients.length },
          { label: t("statOpen"), value: count("open") },
          { label: t("statDraft"), value: count("draft") },
          { label: t("statPublished"), value: count("published") },
        ].map((s) => (
          <Card key={s.label}>
            <p className="text-sm text-slate-600">{s.label}</p>
            <p className="text-2xl font-semibold">{s.value}</p>
          </Card>
        ))}
      </div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">{t("engagementsHeading")}</h2>
        {clients.length > 0 && can(ctx.role, "engagements.manage") ? (
          <Link href="/engagements/new" className={buttonClass("secondary")}>
            {tl("newEngagement")}
          </Link>
        ) : null}
      </div>
      {engagements.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{clients.length === 0 ? t("emptyNoClients") : t("emptyNoEngagements")}</p>
          <p className="mt-3">
            <Link href="/clients" className="font-semibold text-blue-700 underline">
              {t("toClients")}
            </Link>
          </p>
        </EmptyState>
      ) : (
        <EngagementTable engagements={engagements} />
      )}
    </>
  );
}
