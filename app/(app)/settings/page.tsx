import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { TwoFactorPolicyForm } from "@/components/account/two-factor-policy-form";
import { BrandingLogoForm } from "@/components/settings/branding-logo-form";
import { BrandingSettingsForm } from "@/components/settings/branding-settings-form";
import { BrandingSummary } from "@/components/settings/branding-summary";
import { FirmNameForm } from "@/components/settings/firm-name-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { getBrandingSettings } from "@/lib/branding/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const ctx = await requirePage("account.update");
  const t = await getTranslations("settings");
  const tb = await getTranslations("branding");
  const ta = await getTranslations("account");
  const branding = await getBrandingSettings(ctx);
  const isOwner = can(ctx.role, "firm.update");
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="grid gap-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("firmHeading")}</h2>
          {isOwner ? (
            <FirmNameForm name={ctx.firm.name} />
          ) : (
            <p>
              {ctx.firm.name} <span className="text-sm text-slate-600">— {t("ownerOnly")}</span>
            </p>
          )}
        </Card>
        <Card>
          <section aria-labelledby="branding-heading" className="flex flex-col gap-4">
            <div>
              <h2 id="branding-heading" className="mb-1 text-lg font-semibold">
                {tb("heading")}
              </h2>
              <p className="text-sm text-slate-600">{tb("intro")}</p>
            </div>
            {isOwner ? (
              <>
                <BrandingLogoForm firmId={branding.firmId} firmName={branding.firmName} logo={branding.logo} />
                <hr className="border-slate-200" />
                <BrandingSettingsForm initial={branding} />
              </>
            ) : (
              <BrandingSummary branding={branding} />
            )}
          </section>
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">{ta("policyHeading")}</h2>
          <p className="mb-3 text-sm text-slate-600">{ta("policyIntro")}</p>
          {isOwner ? (
            <TwoFactorPolicyForm required={ctx.twoFactor.required} />
          ) : (
            <p>
              {ctx.twoFactor.required ? ta("policyStateOn") : ta("policyStateOff")} <span className="text-sm text-slate-600">— {ta("policyOwnerOnly")}</span>
            </p>
          )}
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">{t("languageHeading")}</h2>
          <p className="mb-3 text-sm text-slate-600">{t("languageHelp")}</p>
          <LanguageSwitch account="consultant" />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">{t("accountHeading")}</h2>
          <p className="text-sm text-slate-700">
            {ctx.user.name} · {ctx.user.email}
          </p>
          <Link href="/account" className="mt-2 inline-block text-sm font-semibold text-blue-700 underline">
            {t("accountLink")}
          </Link>
        </Card>
      </div>
    </>
  );
}
