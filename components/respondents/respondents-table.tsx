import { useTranslations } from "next-intl";
import type { RoleGroup } from "@/lib/model/types";
import type { RespondentListItem } from "@/lib/respondents/queries";
import { respondentStatus } from "@/lib/respondents/tracking";
import { EmailStatus } from "./email-status";
import { RespondentStatusBadge } from "./respondent-status";

interface Props {
  readonly rows: readonly RespondentListItem[];
  /** Role group labels of the engagement's model, in the reader's language. */
  readonly roleLabels: Readonly<Record<RoleGroup, string>>;
  /** Items in the scan (per model version), for "x of 26 answered". */
  readonly itemCount: number;
  /** The row actions (a client component), left out for readers who may not change anything. */
  readonly renderActions?: (row: RespondentListItem) => React.ReactNode;
}

/** The tracking list. Names and addresses are plain text (React escapes them). */
export function RespondentsTable({ rows, roleLabels, itemCount, renderActions }: Props) {
  const t = useTranslations("respondents.table");
  const tl = useTranslations("respondents.locales");
  const cell = "px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={t("caption")} tabIndex={0}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">{t("name")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("roleGroup")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("team")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("locale")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("status")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("email")}</th>
            {renderActions ? <th scope="col" className="px-3 py-2 font-medium">{t("actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100">
              <th scope="row" className={`${cell} min-w-44 font-normal`}>
                <span className="block font-medium [overflow-wrap:anywhere]">{r.name}</span>
                <span className="block text-slate-600 [overflow-wrap:anywhere]">{r.email}</span>
              </th>
              <td className={cell}>{roleLabels[r.roleGroup]}</td>
              <td className={`${cell} min-w-24 [overflow-wrap:anywhere]`}>{r.team ?? <span className="text-slate-400">{t("noTeam")}</span>}</td>
              <td className={cell}>{tl(r.locale)}</td>
              <td className={cell}>
                <RespondentStatusBadge status={respondentStatus(r)} answered={r.answeredCount} total={itemCount} />
              </td>
              <td className={`${cell} min-w-32`}>
                <EmailStatus email={r.latestEmail} />
              </td>
              {renderActions ? <td className={cell}>{renderActions(r)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
