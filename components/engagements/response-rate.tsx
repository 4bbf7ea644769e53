import { getFormatter, getTranslations } from "next-intl/server";
import type { ResponseRate } from "@/lib/respondents/tracking";

/** "7/12 · 58%", read out as "7 of 12 submitted, 58%"; a dash-like text when nobody is added yet. */
export async function ResponseRateText({ response }: { response: ResponseRate }) {
  const t = await getTranslations("engagementLists");
  const format = await getFormatter();
  if (response.rate === null) return <span className="text-slate-500">{t("noRespondents")}</span>;
  const values = { submitted: response.submitted, total: response.total, percent: format.number(response.rate, { style: "percent", maximumFractionDigits: 0 }) };
  return (
    <>
      <span aria-hidden="true" className="tabular-nums">
        {t("response", values)}
      </span>
      <span className="sr-only">{t("responseSpoken", values)}</span>
    </>
  );
}

/** A thin bar under a rate; decorative, the text carries the figure. */
export function ResponseBar({ rate }: { rate: number | null }) {
  return (
    <span aria-hidden="true" className="mt-1 block h-1.5 w-full max-w-40 overflow-hidden rounded bg-slate-200">
      <span className="block h-full bg-brand" style={{ width: `${Math.round((rate ?? 0) * 100)}%` }} />
    </span>
  );
}
