"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { publishReport } from "@/lib/reports/actions/publish-report";
import { ConfirmDialog } from "./confirm-dialog";
import { useErrorText } from "./error-text";

export interface PublishedInfo {
  readonly version: number;
  readonly roadmapRevision: number;
  /** Formatted on the server in the consultant's language. */
  readonly publishedAtText: string;
}

interface Props {
  readonly engagementId: string;
  /** Translated engagement status. */
  readonly statusText: string;
  readonly publishable: boolean;
  readonly canPublish: boolean;
  readonly latest: PublishedInfo | null;
  /** The saved roadmap's revision. */
  readonly revision: number;
  readonly dirty: boolean;
}

/** Publication state ("version N on …; the draft has unpublished changes") and the Publish button. */
export function PublishPanel({ engagementId, statusText, publishable, canPublish, latest, revision, dirty }: Props) {
  const t = useTranslations("roadmap.publish");
  const errorText = useErrorText();
  const [asking, setAsking] = useState(false);
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: true; version: number } | { ok: false; message: string } | null>(null);
  const nextVersion = (latest?.version ?? 0) + 1;

  const publish = () => {
    setAsking(false);
    startTransition(async () => {
      const outcome = await publishReport(null, { engagementId, revision });
      setResult(outcome.ok ? { ok: true, version: outcome.data.version } : { ok: false, message: errorText(outcome.error) });
    });
  };

  return (
    <div className="flex flex-col gap-3" data-testid="publish-panel">
      <p className="text-sm text-slate-700">{t("help")}</p>
      <p className="text-sm font-medium" data-testid="publication-state">
        {latest ? t("published", { version: latest.version, date: latest.publishedAtText }) : t("never")}{" "}
        {latest ? (revision > latest.roadmapRevision ? t("unpublishedChanges") : t("upToDate")) : null}
      </p>
      {result?.ok ? <FormMessage kind="success">{t("done", { version: result.version })}</FormMessage> : null}
      {result && !result.ok ? <FormMessage kind="error">{result.message}</FormMessage> : null}
      {!publishable ? (
        <p className="text-sm text-amber-800">{t("notClosed", { status: statusText })}</p>
      ) : !canPublish ? (
        <p className="text-sm text-slate-600">{t("forbidden")}</p>
      ) : (
        <div className="flex flex-col gap-2">
          <div>
            <Button type="button" disabled={dirty || pending} onClick={() => setAsking(true)} aria-describedby={dirty ? "publish-save-first" : undefined}>
              {pending ? t("pending") : latest ? t("again") : t("button")}
            </Button>
          </div>
          {dirty ? (
            <p id="publish-save-first" className="text-sm text-amber-800">
              {t("saveFirst")}
            </p>
          ) : null}
        </div>
      )}
      <ConfirmDialog
        open={asking}
        heading={t("heading")}
        text={t("confirm", { version: nextVersion })}
        confirmLabel={t("confirmButton")}
        cancelLabel={t("cancel")}
        onConfirm={publish}
        onCancel={() => setAsking(false)}
      />
    </div>
  );
}
