import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { ClientManagerView } from "@/lib/managers/queries";
import { InviteManagerForm } from "./invite-manager-form";
import { ManagerActions } from "./manager-actions";

const STATUS_CLASS = {
  invited: "bg-amber-100 text-amber-900",
  active: "bg-green-100 text-green-900",
  revoked: "bg-slate-200 text-slate-800",
} as const;

/** The client page's section: the client's managers with their status, and the invitation form. */
export async function ClientManagers({ clientId, managers, canManage }: { clientId: string; managers: readonly ClientManagerView[]; canManage: boolean }) {
  const t = await getTranslations("managers");
  const format = await getFormatter();
  return (
    <section aria-labelledby="client-managers-heading" className="mt-8">
      <h2 id="client-managers-heading" className="mb-1 text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-3 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <Card>
        {managers.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <ul aria-label={t("listLabel")} className="divide-y divide-slate-100">
            {managers.map((m) => (
              <li key={m.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">
                    {m.name}{" "}
                    <span className={`ml-1 rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_CLASS[m.status]}`}>{t(`status.${m.status}`)}</span>
                  </p>
                  <p className="text-sm text-slate-600">{m.email}</p>
                  <p className="text-xs text-slate-600">
                    {m.revokedAt
                      ? t("revokedOn", { date: format.dateTime(m.revokedAt, { dateStyle: "medium" }) })
                      : t("invitedOn", { date: format.dateTime(m.invitedAt, { dateStyle: "medium" }) })}
                  </p>
                </div>
                {canManage ? <ManagerActions managerId={m.id} name={m.name} status={m.status} /> : null}
              </li>
            ))}
          </ul>
        )}
        {canManage ? (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <InviteManagerForm clientId={clientId} />
          </div>
        ) : null}
      </Card>
    </section>
  );
}
