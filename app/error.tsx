"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/db/availability";

/**
 * The error page. A database outage gets its own friendly text ("temporarily unavailable"):
 * recognised by the digest the data layer sets when it fails fast, or, for the request that
 * first ran into the outage, by asking /api/health.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const u = useTranslations("unavailable");
  const router = useRouter();
  const [unavailable, setUnavailable] = useState(error.digest === DATABASE_UNAVAILABLE_DIGEST);
  useEffect(() => {
    console.error(error);
    if (error.digest === DATABASE_UNAVAILABLE_DIGEST) return;
    fetch("/api/health", { cache: "no-store" })
      .then((r) => r.status === 503 && setUnavailable(true))
      .catch(() => undefined);
  }, [error]);
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <main id="main" className="flex min-h-[60dvh] items-center justify-center px-4">
      <div role="alert" className="max-w-md text-center">
        <h1 className="text-2xl font-semibold">{unavailable ? u("title") : t("title")}</h1>
        <p className="mt-2 text-slate-600">{unavailable ? u("body") : t("body")}</p>
        {error.digest && !unavailable ? <p className="mt-2 font-mono text-xs text-slate-500">{t("reference", { digest: error.digest })}</p> : null}
        <button type="button" onClick={retry} className="mt-4 rounded bg-slate-800 px-4 py-2 font-semibold text-white">
          {unavailable ? u("retry") : t("retry")}
        </button>
      </div>
    </main>
  );
}
