import { getTranslations } from "next-intl/server";
import type { InvitationOverview } from "@/lib/invitations/queries";

/** Not invited / invited / submitted, at a glance. */
export async function InvitationCounts({ counts }: { counts: InvitationOverview["counts"] }) {
  const t = await getTranslations("invitations");
  const items = [
    { label: t("total"), value: counts.total },
    { label: t("notInvited"), value: counts.notInvited },
    { label: t("invited"), value: counts.invited },
    { label: t("submitted"), value: counts.submitted },
  ];
  return (
    <section aria-label={t("countsLabel")} className="mb-6">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {items.map((item) => (
          <div key={item.label} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
            <dt className="text-sm text-slate-600">{item.label}</dt>
            <dd className="text-2xl font-semibold">{item.value}</dd>
          </div>
        ))}
      </dl>
      {counts.revoked > 0 ? <p className="mt-2 text-sm text-slate-600">{t("revokedNote", { count: counts.revoked })}</p> : null}
    </section>
  );
}
