import { getTranslations } from "next-intl/server";
import { ClientForm } from "@/components/clients/client-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/session";
import { getClient } from "@/lib/clients/queries";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("clients"))("title") };
}

export default async function EditClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const ctx = await requirePage("clients.manage");
  const { clientId } = await params;
  const client = await orNotFound(getClient(ctx, clientId));
  const t = await getTranslations("clientPages");
  return (
    <>
      <PageHeader title={t("editTitle", { name: client.name })} />
      <ClientForm
        clientId={client.id}
        initial={{ name: client.name, industry: client.industry, sizeBand: client.sizeBand, country: client.country, notes: client.notes }}
        cancelHref={`/clients/${client.id}`}
      />
    </>
  );
}
