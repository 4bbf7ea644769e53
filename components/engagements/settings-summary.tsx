import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { CLOSE_DATE_TIME_ZONE } from "@/lib/engagements/close-date";
import type { EngagementDetail } from "@/lib/engagements/queries";

/** The engagement's settings at a glance, with a link to change them. */
export async function SettingsSummary({ engagement }: { engagement: EngagementDetail }) {
  const t = await getTranslations("engagementPages");
  const tf = await getTranslations("engagementForm");
  const format = await getFormatter();
  const rows: { label: string; value: React.ReactNode }[] = [
    {
      label: t("client"),
      value: (
        <Link href={`/clients/${engagement.clientId}`} className="text-blue-700 hover:underline">
          {engagement.clientName}
        </Link>
      ),
    },
    { label: t("respondentTitle"), value: engagement.respondentTitle ?? t("respondentTitleDefault", { client: engagement.clientName }) },
    { label: t("scanLocale"), value: tf(`locales.${engagement.scanLocale}`) },
    {
      label: t("closesAt"),
      value: engagement.closesAt ? format.dateTime(engagement.closesAt, { dateStyle: "long", timeZone: CLOSE_DATE_TIME_ZONE }) : t("noCloseDate"),
    },
    {
      label: t("autoReminder"),
      value: engagement.autoReminderDaysBefore ? t("autoReminderValue", { days: engagement.autoReminderDaysBefore }) : t("none"),
    },
    { label: t("anonymityK"), value: t("anonymityKValue", { k: engagement.anonymityK }) },
    { label: t("weighting"), value: t(`weightings.${engagement.weighting}`) },
    {
      label: t("previous"),
      value: engagement.previousEngagement ? (
        <Link href={`/engagements/${engagement.previousEngagement.id}`} className="text-blue-700 hover:underline">
          {engagement.previousEngagement.title}
        </Link>
      ) : (
        t("none")
      ),
    },
    {
      label: t("modelVersion"),
      value: (
        <Link href="/model" className="text-blue-700 hover:underline">
          {engagement.modelVersion}
        </Link>
      ),
    },
    { label: t("created"), value: format.dateTime(engagement.createdAt, { dateStyle: "long" }) },
  ];
  return (
    <Card>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("settingsHeading")}</h2>
        <Link href={`/engagements/${engagement.id}/settings`} className="text-sm font-semibold text-blue-700 underline-offset-2 hover:underline">
          {t("editSettings")}
        </Link>
      </div>
      <dl className="grid gap-3 sm:grid-cols-2">
        {rows.map((r) => (
          <div key={r.label}>
            <dt className="text-sm text-slate-600">{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
        <div className="sm:col-span-2">
          <dt className="text-sm text-slate-600">{t("inviteIntro")}</dt>
          <dd className="whitespace-pre-line">{engagement.inviteIntro ?? <span className="text-slate-500">{t("noInviteIntro")}</span>}</dd>
        </div>
      </dl>
    </Card>
  );
}
