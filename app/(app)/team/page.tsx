import { getTranslations } from "next-intl/server";
import { AddConsultantForm } from "@/components/team/add-consultant-form";
import { MemberActions } from "@/components/team/member-actions";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { listTeam } from "@/lib/team/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("team"))("title") };
}

export default async function TeamPage() {
  const ctx = await requirePage("team.view");
  const t = await getTranslations("team");
  const ts = await getTranslations("shell");
  const members = await listTeam(ctx);
  const manage = can(ctx.role, "team.manage");
  return (
    <>
      <PageHeader title={t("title")} description={manage ? t("descriptionOwner") : t("descriptionConsultant")} />
      {manage ? (
        <Card className="mb-6">
          <h2 className="mb-3 text-lg font-semibold">{t("addHeading")}</h2>
          <AddConsultantForm />
        </Card>
      ) : null}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label={t("listLabel")}>
        {members.map((m) => (
          <li key={m.userId} className="flex flex-wrap items-center justify-between gap-3 p-4">
            <div>
              <p className="font-medium">{m.name}</p>
              <p className="text-sm text-slate-600">
                {m.email} · {ts(`roles.${m.role}`)} · {m.active ? t("active") : t("invited")}
              </p>
            </div>
            {manage && m.userId !== ctx.user.id ? <MemberActions userId={m.userId} name={m.name} active={m.active} /> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
