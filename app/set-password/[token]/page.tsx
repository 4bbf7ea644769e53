import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { getDb } from "@/db";
import { peekSetPasswordToken } from "@/lib/auth/password-tokens";

export async function generateMetadata() {
  const t = await getTranslations("setPassword");
  return { title: t("title") };
}

// Showing the form changes nothing (mail scanners fetch links); only submitting uses the token.
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("setPassword");
  const account = await peekSetPasswordToken(await getDb(), token);
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex justify-end">
          <LanguageSwitch />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          {account ? (
            <>
              <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
              <p className="mb-5 text-sm text-slate-600">{t("intro", { name: account.name, email: account.email })}</p>
              <SetPasswordForm token={token} />
            </>
          ) : (
            <>
              <h1 className="mb-2 text-xl font-semibold">{t("invalidTitle")}</h1>
              <p className="mb-4 text-sm text-slate-600">{t("invalidBody")}</p>
              <Link href="/login" className="text-sm font-semibold text-blue-700 underline">
                {t("toLogin")}
              </Link>
            </>
          )}
        </div>
      </div>
    </main>
  );
}
