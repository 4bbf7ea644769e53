import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { GatePage } from "@/components/scan/gate";
import { ScanFrame } from "@/components/scan/scan-frame";
import { scanPrimaryButton } from "@/components/scan/styles";
import { getDb } from "@/db";
import { firmLogoPath } from "@/lib/branding/urls";
import type { Locale } from "@/lib/model/types";
import { formatScanDate } from "@/lib/scan/format";
import { clientAddress } from "@/lib/security/client-address";
import { lookupScanLink } from "@/lib/scan/queries";
import { withoutDoubledFullStops } from "@/lib/i18n/wording";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scanLanding");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/**
 * The personal link's landing page. A GET changes nothing (mail scanners fetch links): the
 * scan starts only with the form's POST.
 */
export default async function ScanLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lookup = await lookupScanLink(await getDb(), { token, ip: clientAddress(await headers()) });
  if (lookup.kind === "throttled") {
    return <GatePage kind="throttled" locale={(await getLocale()) as Locale} retryAfterSeconds={lookup.retryAfterSeconds} />;
  }
  if (lookup.kind === "invalid") return <GatePage kind="invalid" locale={(await getLocale()) as Locale} />;
  const { respondent, engagement, client, firm } = lookup.view;
  const locale = respondent.locale;
  const branding = {
    firmName: firm.name,
    primaryColor: firm.primaryColor,
    clientName: client.name,
    logoUrl: firm.logoVersion ? firmLogoPath(firm.id, firm.logoVersion) : null,
  };
  if (engagement.status !== "open") {
    return (
      <GatePage
        kind={engagement.status === "draft" ? "not_open" : "closed"}
        locale={locale}
        branding={branding}
        submittedAt={respondent.submittedAt}
      />
    );
  }
  const t = await getTranslations({ locale, namespace: "scanLanding" });
  const duration = (await getTranslations({ locale, namespace: "scanDuration" }))("estimate");
  const names = { firm: firm.name, client: client.name };
  const returning = respondent.startedAt !== null && respondent.answeredCount > 0;
  return (
    <ScanFrame branding={branding} locale={locale}>
      <div className="mt-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        {respondent.submittedAt ? (
          <>
            <h1 className="text-2xl font-semibold tracking-tight">{t("submittedTitle")}</h1>
            <p className="mt-3 text-slate-700" data-testid="landing-submitted">
              {t("submittedBody", { date: formatScanDate(respondent.submittedAt, locale) })}
            </p>
          </>
        ) : (
          <>
            <h1 className="text-2xl font-semibold tracking-tight">{engagement.respondentTitle ?? t("defaultTitle", { client: client.name })}</h1>
            <p className="mt-4 text-slate-800">{t("greeting", { name: respondent.name })}</p>
            <p className="mt-2 text-slate-800">{withoutDoubledFullStops(t("invited", names), names)}</p>
            <p className="mt-2 text-slate-700">{returning ? t("resumeIntro") : t("duration", { duration })}</p>
            <p className="mt-2 text-sm text-slate-600">{t("privacyHint")}</p>
            <form method="post" action={`/s/${encodeURIComponent(token)}/start`} className="mt-6">
              <button type="submit" className={`${scanPrimaryButton} w-full sm:w-auto`}>
                {returning ? t("resume") : t("start")}
              </button>
            </form>
          </>
        )}
      </div>
    </ScanFrame>
  );
}
