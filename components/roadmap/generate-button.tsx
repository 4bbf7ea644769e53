"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { generateRoadmap } from "@/lib/roadmap/actions/generate-roadmap";
import { useErrorText } from "./error-text";

/** Creates the draft roadmap; the page then shows the editor (the action revalidates it). */
export function GenerateButton({ engagementId }: { engagementId: string }) {
  const t = useTranslations("roadmap.generate");
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const generate = () =>
    startTransition(async () => {
      const result = await generateRoadmap(null, { engagementId });
      // A roadmap someone else generated first: the page shows it after the refresh.
      setError(result.ok || result.error === "conflict" ? null : errorText(result.error));
    });
  return (
    <div className="flex flex-col gap-3">
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      <div>
        <Button type="button" onClick={generate} disabled={pending} aria-busy={pending}>
          {pending ? t("pending") : t("button")}
        </Button>
      </div>
    </div>
  );
}
