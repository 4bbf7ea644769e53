import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { RESPONDENT_STATUSES, type RespondentStatus, type ResponseRate } from "@/lib/respondents/tracking";

interface Props {
  readonly overall: ResponseRate;
  readonly byStatus: Readonly<Record<RespondentStatus, number>>;
  /** The list's URL; each status count links to the list filtered by that status. */
  readonly href: string;
  readonly current: RespondentStatus | null;
  /** Kept in the status links, so both filters combine. */
  readonly roleGroup: string | null;
}

/** The counts above the tracking list: total, response rate and everyone per status. */
export function RespondentsSummary({ overall, byStatus, href, current, roleGroup }: Props) {
  const t = useTranslations("respondents.summary");
  const ts = useTranslations("respondents.status");
  const format = useFormatter();
  const linkTo = (status: RespondentStatus | null) => {
    const query = new URLSearchParams();
    if (status) query.set("status", status);
    if (roleGroup) query.set("role", roleGroup);
    return query.size > 0 ? `${href}?${query}` : href;
  };
  const rate = overall.rate === null ? t("noRate") : format.number(overall.rate, { style: "percent", maximumFractionDigits: 0 });
  return (
    <section aria-labelledby="respondents-summary" className="mb-6">
      <h2 id="respondents-summary" className="sr-only">
        {t("heading")}
      </h2>
      <dl className="mb-3 grid grid-cols-2 gap-3 sm:max-w-lg">
        <div className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-600">{t("total")}</dt>
          <dd className="text-2xl font-semibold">{overall.total}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-600">{t("rate")}</dt>
          <dd className="text-2xl font-semibold">
            {rate}
            <span className="ml-2 text-sm font-normal text-slate-600">{t("submittedOf", { submitted: overall.submitted, total: overall.total })}</span>
          </dd>
        </div>
      </dl>
      <ul className="flex flex-wrap gap-2" aria-label={t("perStatus")}>
        {RESPONDENT_STATUSES.map((status) => (
          <li key={status}>
            <Link
              href={linkTo(current === status ? null : status)}
              aria-current={current === status ? "true" : undefined}
              className={`inline-flex min-h-10 items-center gap-2 rounded-full border px-3 text-sm ${current === status ? "border-slate-800 bg-slate-800 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
            >
              {ts(status)}
              <span className="font-semibold">{byStatus[status]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
