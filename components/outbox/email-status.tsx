import { getFormatter, getTranslations } from "next-intl/server";
import type { EmailStatus } from "@/lib/email/queries";
import { isOutboxReasonCode } from "@/lib/email/reasons";
import { CLOSE_DATE_TIME_ZONE } from "@/lib/engagements/close-date";

const COLORS: Record<EmailStatus, string> = {
  queued: "bg-slate-100 text-slate-700",
  sending: "bg-blue-100 text-blue-800",
  sent: "bg-green-100 text-green-800",
  failed: "bg-red-100 text-red-800",
};

/**
 * The delivery status of one e-mail: a badge, plus why it failed or when it is tried again.
 * Usable wherever a message's status is shown (outbox, respondents list).
 */
export async function EmailStatusBadge({
  status,
  lastError,
  attempts,
  nextAttemptAt,
}: {
  status: EmailStatus;
  lastError: string | null;
  attempts: number;
  nextAttemptAt?: Date | null;
}) {
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  const reason = lastError ? (isOutboxReasonCode(lastError) ? t(`reasons.${lastError}`) : lastError) : null;
  const retry =
    status === "queued" && attempts > 0 && nextAttemptAt
      ? t("retryAt", { attempts, time: format.dateTime(nextAttemptAt, { dateStyle: "short", timeStyle: "short", timeZone: CLOSE_DATE_TIME_ZONE }) })
      : null;
  return (
    <span className="inline-flex flex-col gap-1">
      <span className={`inline-block w-fit rounded-full px-2 py-0.5 text-xs font-semibold ${COLORS[status]}`}>{t(`status.${status}`)}</span>
      {retry ? <span className="text-xs text-slate-600">{retry}</span> : null}
      {reason && (status === "failed" || retry) ? <span className="break-words text-xs text-red-800">{reason}</span> : null}
    </span>
  );
}
