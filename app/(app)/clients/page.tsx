import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/session";
import { listClients } from "@/lib/clients/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("clients"))("title") };
}

export default async function ClientsPage() {
  const ctx = await requirePage("clients.view");
  const t = await getTranslations("clients");
  const ti = await getTranslations("industries");
  const clients = await listClients(ctx);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {clients.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {clients.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="font-semibold">
                <Link href={`/clients/${c.id}`} className="text-blue-700 hover:underline">
                  {c.name}
                </Link>
              </h2>
              <p className="text-sm text-slate-600">
                {ti.has(c.industry) ? ti(c.industry) : c.industry}
                {c.sizeBand ? ` · ${t("employees", { band: c.sizeBand })}` : ""}
                {c.country ? ` · ${c.country}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
