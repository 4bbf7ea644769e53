import { getTranslations } from "next-intl/server";
import Link from "next/link";

export type EngagementTab = "overview" | "respondents" | "invitations" | "results" | "roadmap" | "settings";

const TABS: readonly { key: EngagementTab; suffix: string }[] = [
  { key: "overview", suffix: "" },
  { key: "respondents", suffix: "/respondents" },
  { key: "invitations", suffix: "/invitations" },
  { key: "results", suffix: "/results" },
  { key: "roadmap", suffix: "/roadmap" },
  { key: "settings", suffix: "/settings" },
];

/** The tabs of one engagement: overview, respondents, invitations, results, roadmap, settings. */
export async function EngagementTabs({ engagementId, current }: { engagementId: string; current: EngagementTab }) {
  const t = await getTranslations("engagementTabs");
  // The roadmap's texts live with the roadmap feature.
  const tr = await getTranslations("roadmap");
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-4 gap-y-1">
        {TABS.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key}>
              <Link
                href={`/engagements/${engagementId}${tab.suffix}`}
                aria-current={active ? "page" : undefined}
                className={`block border-b-2 px-1 py-2 text-sm ${active ? "border-brand font-semibold text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {tab.key === "roadmap" ? tr("tab") : t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
