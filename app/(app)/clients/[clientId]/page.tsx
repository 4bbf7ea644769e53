import { getTranslations } from "next-intl/server";
import { EngagementTable } from "@/components/engagements/engagement-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/session";
import { getClient, listClientEngagements } from "@/lib/clients/queries";
import { orNotFound } from "@/lib/not-found";

export default async function ClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const ctx = await requirePage("clients.view");
  const { clientId } = await params;
  const client = await orNotFound(getClient(ctx, clientId));
  const engagements = await listClientEngagements(ctx, client.id);
  const t = await getTranslations("clients");
  const ti = await getTranslations("industries");
  return (
    <>
      <PageHeader
        title={client.name}
        description={[ti.has(client.industry) ? ti(client.industry) : client.industry, client.sizeBand ? t("employees", { band: client.sizeBand }) : null, client.country]
          .filter(Boolean)
          .join(" · ")}
      />
      {client.notes ? <p className="mb-6 whitespace-pre-line text-slate-700">{client.notes}</p> : null}
      <h2 className="mb-3 text-lg font-semibold">{t("engagementsHeading")}</h2>
      {engagements.length === 0 ? (
        <EmptyState title={t("noEngagements")} />
      ) : (
        <EngagementTable engagements={engagements.map((e) => ({ ...e, clientName: client.name }))} showClient={false} />
      )}
    </>
  );
}

export async function generateMetadata() {
  return { title: (await getTranslations("clients"))("title") };
}
