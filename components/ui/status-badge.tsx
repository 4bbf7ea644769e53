import { getTranslations } from "next-intl/server";
import type { EngagementStatus } from "@/db/schema";

const COLORS: Record<EngagementStatus, string> = {
  draft: "bg-slate-100 text-slate-700",
  open: "bg-green-100 text-green-800",
  closed: "bg-amber-100 text-amber-800",
  published: "bg-blue-100 text-blue-800",
};

export async function StatusBadge({ status }: { status: EngagementStatus }) {
  const t = await getTranslations("engagementStatus");
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${COLORS[status]}`}>{t(status)}</span>;
}
