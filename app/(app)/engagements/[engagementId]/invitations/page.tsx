import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EngagementTabs } from "@/components/engagements/engagement-tabs";
import { AutoReminderCard } from "@/components/invitations/auto-reminder-card";
import { InvitationCounts } from "@/components/invitations/invitation-counts";
import { SendRound } from "@/components/invitations/send-round";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePage } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getInvitationOverview } from "@/lib/invitations/queries";
import { orNotFound } from "@/lib/not-found";

export async function generateMetadata() {
  return { title: (await getTranslations("invitations"))("title") };
}

const people = (list: readonly { id: string; name: string; email: string }[]) => list.map(({ id, name, email }) => ({ id, name, email }));

export default async function InvitationsPage({ params }: { params: Promise<{ engagementId: string }> }) {
  const ctx = await requirePage("invitations.send");
  const { engagementId } = await params;
  const { engagement, counts, toInvite, toRemind } = await orNotFound(getInvitationOverview(ctx, engagementId));
  const t = await getTranslations("invitations");
  const open = engagement.status === "open";
  const draft = engagement.status === "draft";
  return (
    <>
      <PageHeader title={engagement.title} description={engagement.clientName} actions={<StatusBadge status={engagement.status} />} />
      <EngagementTabs engagementId={engagement.id} current="invitations" />
      <h2 className="mb-1 text-xl font-semibold">{t("title")}</h2>
      <p className="mb-4 max-w-3xl text-slate-600">{t("description")}</p>
      {!open ? (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {draft ? t("notOpenDraft") : t("notOpenClosed")}
        </p>
      ) : null}
      <p className={`mb-4 rounded border px-3 py-2 text-sm ${env.SMTP_URL ? "border-slate-200 bg-white text-slate-700" : "border-amber-300 bg-amber-50 text-amber-900"}`}>
        {env.SMTP_URL ? t("smtpOn") : t("smtpOff")}{" "}
        <Link href="/outbox" className="font-semibold text-blue-700 hover:underline">
          {t("toOutbox")}
        </Link>
      </p>
      <InvitationCounts counts={counts} />
      {counts.total === 0 ? (
        <p className="mb-6 text-slate-700">
          {t("noRespondents")}{" "}
          <Link href={`/engagements/${engagement.id}/respondents`} className="font-semibold text-blue-700 hover:underline">
            {t("toRespondents")}
          </Link>
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("inviteHeading")}</h2>
          <p className="mb-3 text-slate-700">{t("inviteIntro", { count: toInvite.count })}</p>
          <SendRound
            kind="invitation"
            engagementId={engagement.id}
            count={toInvite.count}
            fingerprint={toInvite.fingerprint}
            people={people(toInvite.people)}
            draft={draft}
            disabled={!open}
          />
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("remindHeading")}</h2>
          <p className="mb-1 text-slate-700">{t("remindIntro", { count: toRemind.count })}</p>
          <p className="mb-3 text-sm text-slate-600">{t("remindNote")}</p>
          <SendRound
            kind="reminder"
            engagementId={engagement.id}
            count={toRemind.count}
            fingerprint={toRemind.fingerprint}
            people={people(toRemind.people)}
            draft={draft}
            disabled={!open}
          />
        </Card>
        <AutoReminderCard engagement={engagement} />
      </div>
    </>
  );
}
