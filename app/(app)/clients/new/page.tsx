import { getTranslations } from "next-intl/server";
import { ClientForm } from "@/components/clients/client-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("clientPages"))("newTitle") };
}

export default async function NewClientPage() {
  await requirePage("clients.manage");
  const t = await getTranslations("clientPages");
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <ClientForm cancelHref="/clients" />
    </>
  );
}
