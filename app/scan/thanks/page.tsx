import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { brandingOf } from "@/components/scan/labels";
import { ScanFrame } from "@/components/scan/scan-frame";
import { ScanGate } from "@/components/scan/scan-gate";
import { scanLink } from "@/components/scan/styles";
import { formatScanDate } from "@/lib/scan/format";
import { getScanState } from "@/lib/scan/context";
import { withoutDoubledFullStops } from "@/lib/i18n/wording";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scanThanks");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function ThanksPage() {
  const state = await getScanState();
  if (state.kind !== "ok") return <ScanGate state={state} />;
  const { ctx } = state;
  if (!ctx.respondent.submittedAt) redirect("/scan/review");
  const locale = ctx.respondent.locale;
  const t = await getTranslations({ locale, namespace: "scanThanks" });
  const names = { firm: ctx.firm.name, client: ctx.client.name };
  return (
    <ScanFrame branding={brandingOf(ctx)} locale={locale} languagePath="/scan/thanks">
      <div className="mt-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm" data-testid="scan-thanks">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-3 text-slate-800">{t("body", { date: formatScanDate(ctx.respondent.submittedAt, locale) })}</p>
        <p className="mt-2 text-slate-800">{withoutDoubledFullStops(t("next", names), names)}</p>
        <p className="mt-2 text-slate-700">{t("close")}</p>
        <a href="/scan/review" className={`${scanLink} mt-4 inline-flex min-h-11 items-center`}>
          {t("view")}
        </a>
      </div>
    </ScanFrame>
  );
}
