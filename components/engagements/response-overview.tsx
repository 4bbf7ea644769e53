import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getModel, ROLE_GROUPS, type Locale } from "@/lib/model";
import { RESPONDENT_STATUSES, type responseRates } from "@/lib/respondents/tracking";
import { ResponseBar, ResponseRateText } from "./response-rate";

/** Response overall, per role group (labels from the engagement's model version) and per respondent status. */
export async function ResponseOverview({
  engagementId,
  modelVersion,
  response,
}: {
  engagementId: string;
  modelVersion: string;
  response: ReturnType<typeof responseRates>;
}) {
  const t = await getTranslations("engagementPages");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const model = getModel(modelVersion);
  const groups = ROLE_GROUPS.filter((g) => response.byRoleGroup[g]);
  const percent = (rate: number | null) => (rate === null ? "–" : format.number(rate, { style: "percent", maximumFractionDigits: 0 }));
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold">{t("responseHeading")}</h2>
      {response.overall.total === 0 ? (
        <p className="text-slate-600">{t("noRespondents")}</p>
      ) : (
        <div className="flex flex-col gap-5">
          <div>
            <p className="text-sm text-slate-600">{t("responseOverall")}</p>
            <p className="text-2xl font-semibold">
              <ResponseRateText response={response.overall} />
            </p>
            <ResponseBar rate={response.overall.rate} />
          </div>
          <table className="w-full max-w-lg text-left text-sm">
            <caption className="mb-1 text-left font-medium text-slate-800">{t("byGroupCaption")}</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">{t("colGroup")}</th>
                <th scope="col" className="py-1 pr-3 font-medium">{t("colSubmitted")}</th>
                <th scope="col" className="py-1 font-medium">{t("colRate")}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => {
                const r = response.byRoleGroup[g]!;
                return (
                  <tr key={g} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pr-3 font-normal">{model.roleGroups[g][locale] || model.roleGroups[g].nl}</th>
                    <td className="py-1 pr-3 tabular-nums">
                      {r.submitted}/{r.total}
                    </td>
                    <td className="py-1 tabular-nums">{percent(r.rate)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div>
            <h3 className="mb-1 text-sm font-medium text-slate-800">{t("byStatusHeading")}</h3>
            <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
              {RESPONDENT_STATUSES.map((s) => (
                <div key={s} className="flex justify-between gap-2 border-b border-slate-100 py-1">
                  <dt className="text-slate-600">{t(`respondentStatus.${s}`)}</dt>
                  <dd className="font-medium tabular-nums">{response.byStatus[s]}</dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      )}
      <p className="mt-4">
        <Link href={`/engagements/${engagementId}/respondents`} className="font-semibold text-blue-700 underline-offset-2 hover:underline">
          {t("toRespondents")}
        </Link>
      </p>
    </Card>
  );
}
