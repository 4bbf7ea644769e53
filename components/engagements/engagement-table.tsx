import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { EngagementListItem } from "@/lib/engagements/queries";
import type { ResponseRate } from "@/lib/respondents/tracking";
import { ResponseRateText } from "./response-rate";

type Row = EngagementListItem & { readonly response?: ResponseRate };

/** The firm's engagements: title, client, status, response rate (when known), model version, created. */
export async function EngagementTable({ engagements, showClient = true }: { engagements: readonly Row[]; showClient?: boolean }) {
  const t = await getTranslations("engagements");
  const tl = await getTranslations("engagementLists");
  const format = await getFormatter();
  const showResponse = engagements.some((e) => e.response);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">{t("colTitle")}</th>
            {showClient ? <th scope="col" className="px-3 py-2 font-medium">{t("colClient")}</th> : null}
            <th scope="col" className="px-3 py-2 font-medium">{t("colStatus")}</th>
            {showResponse ? <th scope="col" className="px-3 py-2 font-medium">{tl("colResponse")}</th> : null}
            <th scope="col" className="px-3 py-2 font-medium">{t("colModel")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("colCreated")}</th>
          </tr>
        </thead>
        <tbody>
          {engagements.map((e) => (
            <tr key={e.id} className="border-t border-slate-100">
              <td className="px-3 py-2">
                <Link href={`/engagements/${e.id}`} className="font-medium text-blue-700 underline-offset-2 hover:underline">
                  {e.title}
                </Link>
              </td>
              {showClient ? (
                <td className="px-3 py-2">
                  <Link href={`/clients/${e.clientId}`} className="hover:underline">
                    {e.clientName}
                  </Link>
                </td>
              ) : null}
              <td className="px-3 py-2">
                <StatusBadge status={e.status} />
              </td>
              {showResponse ? (
                <td className="whitespace-nowrap px-3 py-2">{e.response ? <ResponseRateText response={e.response} /> : null}</td>
              ) : null}
              <td className="px-3 py-2 text-slate-600">{e.modelVersion}</td>
              <td className="px-3 py-2 text-slate-600">{format.dateTime(e.createdAt, { dateStyle: "medium" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
