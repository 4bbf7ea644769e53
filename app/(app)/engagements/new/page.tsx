import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EngagementForm } from "@/components/engagements/engagement-form";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/session";
import { clientOptions, previousOptions } from "@/lib/engagements/form-options";
import { newFormValues } from "@/lib/engagements/form-values";
import { CURRENT_MODEL_VERSION } from "@/lib/model/version";

export async function generateMetadata() {
  return { title: (await getTranslations("engagementPages"))("newTitle") };
}

/** New engagement; `?clientId=` (from a client's page) preselects the client. */
export default async function NewEngagementPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePage("engagements.manage");
  const t = await getTranslations("engagementPages");
  const tf = await getTranslations("engagementForm");
  const [clients, previous, params] = await Promise.all([clientOptions(ctx), previousOptions(ctx), searchParams]);
  const requested = typeof params.clientId === "string" ? params.clientId : "";
  // Only an active client of this firm can be preselected; anything else starts empty.
  const clientId = clients.some((c) => c.id === requested) ? requested : clients.length === 1 ? clients[0]!.id : "";
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      {clients.length === 0 ? (
        <EmptyState title={tf("noClientsTitle")}>
          <p>{tf("noClientsBody")}</p>
          <p className="mt-3">
            <Link href="/clients/new" className={buttonClass("primary")}>
              {tf("toNewClient")}
            </Link>
          </p>
        </EmptyState>
      ) : (
        <EngagementForm
          initial={newFormValues(clientId, "nl")}
          clients={clients}
          previousOptions={previous}
          modelVersion={CURRENT_MODEL_VERSION}
          cancelHref={clientId ? `/clients/${clientId}` : "/engagements"}
        />
      )}
    </>
  );
}
