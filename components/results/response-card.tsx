import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Locale, MaturityModel } from "@/lib/model/types";
import type { ResponseSummary } from "@/lib/results/queries";
import { percent, roleGroupName } from "./format";

/** Response rate and the number of submitted scans per role group. */
export async function ResponseCard({ response, model }: { response: ResponseSummary; model: MaturityModel }) {
  const t = await getTranslations("resultsOverview");
  const tr = await getTranslations("results");
  const locale = (await getLocale()) as Locale;
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold">{t("responseHeading")}</h2>
      <p className="text-2xl font-semibold">{tr("response", { submitted: response.submitted, total: response.total })}</p>
      {response.rate !== null ? <p className="mb-3 text-sm text-slate-600">{t("rate", { rate: percent(response.rate, locale) })}</p> : null}
      {response.byRoleGroup.length > 0 ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("byRoleGroupCaption")}</caption>
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">{t("colRoleGroup")}</th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">{t("colSubmitted")}</th>
              <th scope="col" className="py-1 text-right font-medium">{t("colTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {response.byRoleGroup.map((g) => (
              <tr key={g.roleGroup} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-3 font-normal">{roleGroupName(model, g.roleGroup, locale)}</th>
                <td className="py-1 pr-3 text-right tabular-nums">{g.submitted}</td>
                <td className="py-1 text-right tabular-nums">{g.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Card>
  );
}
