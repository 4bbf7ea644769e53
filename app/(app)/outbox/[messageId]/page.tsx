import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmailStatusBadge } from "@/components/outbox/email-status";
import { MessageView } from "@/components/outbox/message-view";
import { Card } from "@/components/ui/card";
import { CopyLink } from "@/components/ui/copy-link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/session";
import { getOutboxMessage } from "@/lib/email/queries";
import { CLOSE_DATE_TIME_ZONE } from "@/lib/engagements/close-date";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("outbox"))("title") };
}

export default async function OutboxMessagePage({ params }: { params: Promise<{ messageId: string }> }) {
  const ctx = await requirePage("outbox.view");
  const { messageId } = await params;
  const message = await orNotFound(getOutboxMessage(ctx, messageId));
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short", timeZone: CLOSE_DATE_TIME_ZONE });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/outbox" className="text-blue-700 hover:underline">
          ← {t("back")}
        </Link>
      </p>
      <PageHeader title={t("messageTitle", { to: message.toAddress })} description={t(`kind.${message.kind}`)} />
      <Card className="mb-6">
        <dl className="grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-600">{t("to")}</dt>
            <dd className="break-all">{message.toAddress}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("subject")}</dt>
            <dd>{message.subject}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("colStatus")}</dt>
            <dd>
              <EmailStatusBadge status={message.status} lastError={message.lastError} attempts={message.attempts} nextAttemptAt={message.nextAttemptAt} />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{message.sentAt ? t("sentAt") : t("created")}</dt>
            <dd>{when(message.sentAt ?? message.createdAt)}</dd>
          </div>
          {message.engagementId && message.engagementTitle ? (
            <div>
              <dt className="text-sm text-slate-600">{t("engagement")}</dt>
              <dd>
                <Link href={`/engagements/${message.engagementId}/invitations`} className="text-blue-700 hover:underline">
                  {message.engagementTitle}
                </Link>
                {message.clientName ? <span className="text-slate-600"> · {message.clientName}</span> : null}
              </dd>
            </div>
          ) : null}
          <div>
            <dt className="text-sm text-slate-600">{t("attempts")}</dt>
            <dd>{message.attempts}</dd>
          </div>
        </dl>
        <div className="mt-4 border-t border-slate-200 pt-4">
          {message.link ? (
            <>
              <CopyLink link={message.link} label={t("link")} />
              <p className="mt-2 text-xs text-slate-600">{t("linkHelp")}</p>
            </>
          ) : (
            <p className="text-sm text-slate-700">{message.linkState !== "restricted" ? t("linkRemoved") : message.kind === "password_reset" ? t("linkRecipientOnly") : t("linkRestricted")}</p>
          )}
        </div>
      </Card>
      <MessageView message={message} />
    </>
  );
}
