import { getTranslations } from "next-intl/server";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { TwoFactorSection } from "@/components/account/two-factor-section";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { securityOverview } from "@/lib/account/security";
import { mustSetUpTwoFactor } from "@/lib/auth/context";
import { requirePage } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const ctx = await requirePage("account.view");
  const t = await getTranslations("account");
  const overview = await securityOverview(ctx);
  const qr = overview.enrolment ? `data:image/svg+xml;base64,${Buffer.from(overview.enrolment.qrSvg).toString("base64")}` : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="grid gap-6">
        {mustSetUpTwoFactor(ctx) ? <FormMessage kind="error">{t("setupRequired")}</FormMessage> : null}
        <Card>
          <TwoFactorSection
            enabled={overview.twoFactorEnabled}
            firmRequires={overview.firmRequires}
            recoveryCodesLeft={overview.recoveryCodesLeft}
            enrolment={overview.enrolment && qr ? { qr, secret: overview.enrolment.secret } : null}
          />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">{t("sessionsHeading")}</h2>
          <p className="mb-3 text-sm text-slate-600">{t("sessionsIntro")}</p>
          <SignOutEverywhere />
        </Card>
      </div>
    </>
  );
}
