import { getLocale } from "next-intl/server";
import type { ScanState } from "@/lib/scan/context";
import type { Locale } from "@/lib/model/types";
import { GatePage } from "./gate";
import { brandingOf } from "./labels";

/** What a scan page shows instead of itself: the link is not valid, or the scan is not open. */
export async function ScanGate({ state }: { state: Exclude<ScanState, { kind: "ok" }> }) {
  if (state.kind === "invalid") return <GatePage kind="invalid" locale={(await getLocale()) as Locale} />;
  const { ctx } = state;
  return (
    <GatePage
      kind={ctx.engagement.status === "draft" ? "not_open" : "closed"}
      locale={ctx.respondent.locale}
      branding={brandingOf(ctx)}
      submittedAt={ctx.respondent.submittedAt}
    />
  );
}
