import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function OutboxPagination({ page, pages }: { page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations("outbox");
  const link = "rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={`/outbox?page=${page - 1}`} className={link} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={`/outbox?page=${page + 1}`} className={link} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
