import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { CLOSE_DATE_TIME_ZONE } from "@/lib/engagements/close-date";
import type { InvitationOverview } from "@/lib/invitations/queries";

/** The automatic reminder as set on the settings page: when it goes (or went) out. */
export async function AutoReminderCard({ engagement }: { engagement: InvitationOverview["engagement"] }) {
  const t = await getTranslations("invitations");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: CLOSE_DATE_TIME_ZONE });
  const days = engagement.autoReminderDaysBefore;
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold">{t("autoHeading")}</h2>
      {days === null ? (
        <p className="text-slate-700">{t("autoOff")}</p>
      ) : engagement.autoReminderDueAt ? (
        <>
          <p className="text-slate-700">{t("autoOn", { days, date: day(engagement.autoReminderDueAt) })}</p>
          <p className="mt-1 text-sm text-slate-600">
            {engagement.autoReminderSentAt ? t("autoSent", { date: day(engagement.autoReminderSentAt) }) : t("autoPending")}
          </p>
        </>
      ) : (
        <p className="text-slate-700">{t("autoNoCloseDate", { days })}</p>
      )}
      <p className="mt-3 text-sm">
        <Link href={`/engagements/${engagement.id}/settings`} className="text-blue-700 hover:underline">
          {t("autoSettings")}
        </Link>
      </p>
    </Card>
  );
}
