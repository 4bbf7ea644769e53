import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/model/types";
import { formatScanDate } from "@/lib/scan/format";

export async function ReadOnlyNotice({ submittedAt, locale }: { submittedAt: Date; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "scan" });
  return (
    <p className="mb-4 rounded-lg border border-slate-300 bg-slate-100 px-4 py-3 text-sm text-slate-800" data-testid="read-only-notice">
      {t("readOnly", { date: formatScanDate(submittedAt, locale) })}
    </p>
  );
}
