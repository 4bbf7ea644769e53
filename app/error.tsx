"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="flex min-h-[60dvh] items-center justify-center px-4">
      <div role="alert" className="max-w-md text-center">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-slate-600">{t("body")}</p>
        {error.digest ? <p className="mt-2 font-mono text-xs text-slate-500">{t("reference", { digest: error.digest })}</p> : null}
        <button type="button" onClick={reset} className="mt-4 rounded bg-slate-800 px-4 py-2 font-semibold text-white">
          {t("retry")}
        </button>
      </div>
    </main>
  );
}
