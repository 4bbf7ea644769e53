import { getTranslations } from "next-intl/server";
import { formatScanDate } from "@/lib/scan/format";
import type { Locale } from "@/lib/model/types";
import { ScanFrame, type FrameBranding } from "./scan-frame";

/** A scan page that is not the scan: the link is not valid, the scan is closed, or too many tries. */
export async function GatePage({
  kind,
  locale,
  branding = null,
  firmName,
  submittedAt = null,
  retryAfterSeconds = 0,
}: {
  kind: "invalid" | "closed" | "not_open" | "throttled";
  locale: Locale;
  branding?: FrameBranding | null;
  firmName?: string;
  submittedAt?: Date | null;
  retryAfterSeconds?: number;
}) {
  const t = await getTranslations({ locale, namespace: "scanGate" });
  const firm = firmName ?? branding?.firmName ?? "";
  const title =
    kind === "invalid" ? t("invalidTitle") : kind === "closed" ? t("closedTitle") : kind === "not_open" ? t("notOpenTitle") : t("throttledTitle");
  const body =
    kind === "invalid"
      ? t("invalidBody")
      : kind === "closed"
        ? t("closedBody", { firm })
        : kind === "not_open"
          ? t("notOpenBody", { firm })
          : t("throttledBody", { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
  return (
    <ScanFrame branding={branding} locale={locale}>
      <div className="mt-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm" data-testid={`scan-gate-${kind}`}>
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <p className="mt-3 text-slate-700">{body}</p>
        {kind === "closed" && submittedAt ? (
          <p className="mt-3 text-slate-700">{t("closedSubmitted", { date: formatScanDate(submittedAt, locale) })}</p>
        ) : null}
      </div>
    </ScanFrame>
  );
}
