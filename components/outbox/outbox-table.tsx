import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { OutboxListItem } from "@/lib/email/queries";
import { CLOSE_DATE_TIME_ZONE } from "@/lib/engagements/close-date";
import { EmailStatusBadge } from "./email-status";

/** The firm's messages, newest first; the recipient opens the message. */
export async function OutboxTable({ items }: { items: readonly OutboxListItem[] }) {
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("listLabel")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">{t("colRecipient")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("colKind")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("colEngagement")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("colStatus")}</th>
            <th scope="col" className="px-3 py-2 font-semibold">{t("colDate")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((m) => (
            <tr key={m.id} className="align-top">
              <td className="px-3 py-2">
                <Link href={`/outbox/${m.id}`} className="break-all text-blue-700 hover:underline" aria-label={t("openLabel", { to: m.toAddress })}>
                  {m.toAddress}
                </Link>
              </td>
              <td className="px-3 py-2">{t(`kind.${m.kind}`)}</td>
              <td className="px-3 py-2">
                {m.engagementId && m.engagementTitle ? (
                  <Link href={`/engagements/${m.engagementId}/invitations`} className="text-blue-700 hover:underline">
                    {m.engagementTitle}
                  </Link>
                ) : (
                  <span aria-hidden>—</span>
                )}
                {m.clientName ? <span className="block text-xs text-slate-600">{m.clientName}</span> : null}
              </td>
              <td className="px-3 py-2">
                <EmailStatusBadge status={m.status} lastError={m.lastError} attempts={m.attempts} nextAttemptAt={m.nextAttemptAt} />
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                {format.dateTime(m.sentAt ?? m.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: CLOSE_DATE_TIME_ZONE })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
