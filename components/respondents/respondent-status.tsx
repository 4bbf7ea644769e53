import { useTranslations } from "next-intl";
import type { RespondentStatus } from "@/lib/respondents/tracking";

const COLORS: Record<RespondentStatus, string> = {
  not_invited: "bg-slate-100 text-slate-700",
  invited: "bg-blue-100 text-blue-800",
  opened: "bg-indigo-100 text-indigo-800",
  in_progress: "bg-amber-100 text-amber-900",
  submitted: "bg-green-100 text-green-800",
  link_revoked: "bg-red-100 text-red-800",
};

/** Where a respondent stands; "in progress" also says how many items are answered. */
export function RespondentStatusBadge({ status, answered, total }: { status: RespondentStatus; answered: number; total: number }) {
  const t = useTranslations("respondents.status");
  return (
    <span className="flex flex-col items-start gap-0.5">
      <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${COLORS[status]}`}>{t(status)}</span>
      {status === "in_progress" ? <span className="text-xs text-slate-600">{t("progress", { answered, total })}</span> : null}
    </span>
  );
}
