import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-slate-500">404</p>
        <h1 className="mt-1 text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-slate-600">{t("body")}</p>
        <Link href="/" className="mt-4 inline-block font-semibold text-blue-700 underline">
          {t("home")}
        </Link>
      </div>
    </main>
  );
}
