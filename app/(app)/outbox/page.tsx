import { getTranslations } from "next-intl/server";
import { DeliveryNotice } from "@/components/outbox/delivery-notice";
import { OutboxPagination } from "@/components/outbox/pagination";
import { OutboxTable } from "@/components/outbox/outbox-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/session";
import { listOutbox, OUTBOX_PAGE_SIZE } from "@/lib/email/queries";
import { env } from "@/lib/env";

export async function generateMetadata() {
  return { title: (await getTranslations("outbox"))("title") };
}

/** ?page=N; anything else is page 1. */
const pageOf = (value: string | string[] | undefined) => {
  const n = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, n);
};

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requirePage("outbox.view");
  const t = await getTranslations("outbox");
  const page = pageOf((await searchParams).page);
  const { items, total, byStatus } = await listOutbox(ctx, { page });
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <DeliveryNotice smtpConfigured={Boolean(env.SMTP_URL)} />
      {total === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-700">
            {t("summary", { queued: byStatus.queued + byStatus.sending, sent: byStatus.sent, failed: byStatus.failed })}
          </p>
          <OutboxTable items={items} />
          <OutboxPagination page={Math.min(page, pages)} pages={pages} />
        </>
      )}
    </>
  );
}
