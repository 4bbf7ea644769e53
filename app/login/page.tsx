import { getServerSession } from "next-auth";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { FormMessage } from "@/components/ui/form-message";
import { authOptions } from "@/lib/auth/options";
import { getFirmContext } from "@/lib/auth/session";
import { getManagerContext } from "@/lib/portal/session";

export async function generateMetadata() {
  const t = await getTranslations("login");
  return { title: t("title") };
}

/**
 * Only same-site paths are followed after login (no open redirect). Without one, "/" sends
 * consultants to the dashboard and client managers to the portal.
 */
function safeNext(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNext(params.next);
  if (await getFirmContext()) redirect(next);
  if (await getManagerContext()) redirect(next.startsWith("/portal") ? next : "/portal");
  // Signed in, but the account no longer gives access (e.g. a manager whose access was revoked).
  const withoutAccess = Boolean((await getServerSession(authOptions))?.uid);
  const t = await getTranslations("login");
  const tp = await getTranslations("portal");
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-between">
          <p className="flex items-center gap-2 text-lg font-semibold">
            <span aria-hidden className="inline-block h-6 w-6 rounded-full bg-blue-700" /> Salesradar
          </p>
          <LanguageSwitch />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
          <p className="mb-5 text-sm text-slate-600">{t("intro")}</p>
          {withoutAccess ? (
            <div className="mb-4">
              <FormMessage kind="error">{tp("noAccess")}</FormMessage>
            </div>
          ) : null}
          <LoginForm next={next} />
        </div>
      </div>
    </main>
  );
}
