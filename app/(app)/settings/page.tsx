import { getTranslations } from "next-intl/server";
import { FirmNameForm } from "@/components/settings/firm-name-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const ctx = await requirePage("account.update");
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="grid gap-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("firmHeading")}</h2>
          {can(ctx.role, "firm.update") ? (
            <FirmNameForm name={ctx.firm.name} />
          ) : (
            <p>
              {ctx.firm.name} <span className="text-sm text-slate-600">— {t("ownerOnly")}</span>
            </p>
          )}
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">{t("languageHeading")}</h2>
          <p className="mb-3 text-sm text-slate-600">{t("languageHelp")}</p>
          <LanguageSwitch signedIn />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">{t("accountHeading")}</h2>
          <p className="text-sm text-slate-700">
            {ctx.user.name} · {ctx.user.email}
          </p>
        </Card>
      </div>
    </>
  );
}
