import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ClientFilters } from "@/components/clients/client-filters";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { listClients } from "@/lib/clients/queries";
import { parseClientListParams } from "@/lib/clients/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("clients"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ClientsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await requirePage("clients.view");
  const params = parseClientListParams(await searchParams);
  const t = await getTranslations("clients");
  const tp = await getTranslations("clientPages");
  const ti = await getTranslations("industries");
  const format = await getFormatter();
  const locale = await getLocale();
  const industry = (key: string) => (ti.has(key) ? ti(key) : key);
  const clients = await listClients(ctx, { search: params.q, sort: params.sort, archived: params.archived });
  if (params.sort === "industry") {
    // Sorted by the industry's name as the reader sees it, then by client name.
    const collator = new Intl.Collator(locale);
    clients.sort((a, b) => collator.compare(industry(a.industry), industry(b.industry)) || collator.compare(a.name, b.name));
  }
  const filtered = params.q !== "" || params.archived !== "active";
  const manage = can(ctx.role, "clients.manage");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          manage ? (
            <Link href="/clients/new" className={buttonClass("primary")}>
              {tp("newClient")}
            </Link>
          ) : null
        }
      />
      <ClientFilters params={params} />
      <p className="mb-3 text-sm text-slate-600" aria-live="polite">
        {tp("resultCount", { count: clients.length })}
      </p>
      {clients.length === 0 ? (
        filtered ? (
          <EmptyState title={params.archived === "archived" && params.q === "" ? tp("noArchivedTitle") : tp("noResultsTitle")}>
            {params.q !== "" ? tp("noResultsBody") : null}
          </EmptyState>
        ) : (
          <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
        )
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {clients.map((c) => (
            <li key={c.id} className={`rounded-lg border p-4 shadow-sm ${c.archivedAt ? "border-slate-200 bg-slate-50" : "border-slate-200 bg-white"}`}>
              <h2 className="font-semibold">
                <Link href={`/clients/${c.id}`} className="text-blue-700 hover:underline">
                  {c.name}
                </Link>
              </h2>
              <p className="text-sm text-slate-600">
                {industry(c.industry)}
                {c.sizeBand ? ` · ${t("employees", { band: c.sizeBand })}` : ""}
                {c.country ? ` · ${c.country}` : ""}
              </p>
              {c.archivedAt ? (
                <p className="mt-2">
                  <span className="inline-block rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-700">
                    {tp("archivedBadge")}
                  </span>{" "}
                  <span className="text-xs text-slate-500">{format.dateTime(c.archivedAt, { dateStyle: "medium" })}</span>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
