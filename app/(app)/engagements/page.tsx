import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EngagementTable } from "@/components/engagements/engagement-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { listEngagements } from "@/lib/engagements/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("engagements"))("title") };
}

export default async function EngagementsPage() {
  const ctx = await requirePage("engagements.view");
  const t = await getTranslations("engagements");
  const tl = await getTranslations("engagementLists");
  const engagements = await listEngagements(ctx);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(ctx.role, "engagements.manage") ? (
            <Link href="/engagements/new" className={buttonClass("primary")}>
              {tl("newEngagement")}
            </Link>
          ) : null
        }
      />
      {engagements.length === 0 ? <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState> : <EngagementTable engagements={engagements} />}
    </>
  );
}
