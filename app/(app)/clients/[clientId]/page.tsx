import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ArchiveClientButton } from "@/components/clients/archive-client-button";
import { EngagementTable } from "@/components/engagements/engagement-table";
import { ClientManagers } from "@/components/managers/client-managers";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { getClient } from "@/lib/clients/queries";
import { listEngagements } from "@/lib/engagements/queries";
import { listClientManagers } from "@/lib/managers/queries";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("clients"))("title") };
}

export default async function ClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const ctx = await requirePage("clients.view");
  const { clientId } = await params;
  const client = await orNotFound(getClient(ctx, clientId));
  const engagements = await listEngagements(ctx, { clientId: client.id });
  const managers = await listClientManagers(ctx, client.id);
  const t = await getTranslations("clients");
  const tp = await getTranslations("clientPages");
  const ti = await getTranslations("industries");
  const format = await getFormatter();
  const manageClients = can(ctx.role, "clients.manage");
  const manageEngagements = can(ctx.role, "engagements.manage");
  const archived = client.archivedAt !== null;
  return (
    <>
      <PageHeader
        title={client.name}
        description={[ti.has(client.industry) ? ti(client.industry) : client.industry, client.sizeBand ? t("employees", { band: client.sizeBand }) : null, client.country]
          .filter(Boolean)
          .join(" · ")}
        actions={
          manageEngagements && !archived ? (
            <Link href={`/engagements/new?clientId=${client.id}`} className={buttonClass("primary")}>
              {tp("newEngagement")}
            </Link>
          ) : null
        }
      />
      {archived ? (
        <p className="mb-4 rounded border border-slate-300 bg-slate-100 px-3 py-2 text-sm text-slate-800">
          {tp("archivedNotice", { date: format.dateTime(client.archivedAt!, { dateStyle: "long" }) })}
        </p>
      ) : null}
      <Card className="mb-6">
        <h2 className="sr-only">{tp("detailsLabel")}</h2>
        <dl className="grid gap-3 sm:grid-cols-3">
          <div>
            <dt className="text-sm text-slate-600">{tp("industry")}</dt>
            <dd>{ti.has(client.industry) ? ti(client.industry) : client.industry}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{tp("sizeBand")}</dt>
            <dd>{client.sizeBand ? t("employees", { band: client.sizeBand }) : tp("unknown")}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{tp("country")}</dt>
            <dd>{client.country ?? tp("unknown")}</dd>
          </div>
          {client.notes ? (
            <div className="sm:col-span-3">
              <dt className="text-sm text-slate-600">{tp("notes")}</dt>
              <dd className="whitespace-pre-line">{client.notes}</dd>
            </div>
          ) : null}
        </dl>
        {manageClients ? (
          <div className="mt-4 flex flex-wrap items-start gap-3 border-t border-slate-100 pt-4">
            <Link href={`/clients/${client.id}/edit`} className={buttonClass("secondary")}>
              {tp("edit")}
            </Link>
            <ArchiveClientButton key={String(archived)} clientId={client.id} name={client.name} archived={archived} />
          </div>
        ) : null}
      </Card>
      <h2 className="mb-3 text-lg font-semibold">{t("engagementsHeading")}</h2>
      {engagements.length === 0 ? (
        <EmptyState title={t("noEngagements")} />
      ) : (
        <EngagementTable engagements={engagements} showClient={false} />
      )}
      <ClientManagers clientId={client.id} managers={managers} canManage={manageClients} />
    </>
  );
}
