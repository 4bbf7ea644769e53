import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/model/types";

/** "Stap 2 van 7" with a bar; the text is what assistive technology reads. */
export async function ScanProgress({ step, total, locale }: { step: number; total: number; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "scan" });
  const percent = Math.round((step / total) * 100);
  return (
    <div className="mb-4">
      <p className="text-sm font-medium text-slate-700" data-testid="scan-progress">
        {t("progress", { step, total })}
      </p>
      <div aria-hidden className="mt-1.5 h-2 w-full overflow-hidden rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-brand" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
