"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { archiveClient } from "@/lib/clients/actions/archive-client";
import { unarchiveClient } from "@/lib/clients/actions/unarchive-client";

/** Archive (after a confirmation) or restore a client. */
export function ArchiveClientButton({ clientId, name, archived }: { clientId: string; name: string; archived: boolean }) {
  const t = useTranslations("clientPages");
  const te = useTranslations("errors");
  const [confirming, setConfirming] = useState(false);
  const [archiveState, archive, archiving] = useActionState(archiveClient, null);
  const [restoreState, restore, restoring] = useActionState(unarchiveClient, null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const failed = archived ? restoreState : archiveState;
  const error = failed && !failed.ok ? <FormMessage kind="error">{te(failed.error)}</FormMessage> : null;

  if (archived) {
    return (
      <form action={restore} className="flex flex-col items-start gap-2">
        <input type="hidden" name="clientId" value={clientId} />
        <Button type="submit" variant="secondary" disabled={restoring}>
          {t("unarchive")}
        </Button>
        {error}
      </form>
    );
  }
  return (
    <div className="flex flex-col items-start gap-2">
      {confirming ? (
        <form action={archive} className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3">
          <p className="max-w-prose text-sm text-slate-800">{t("archiveHelp")}</p>
          <input type="hidden" name="clientId" value={clientId} />
          <div className="flex flex-wrap gap-2">
            <button ref={confirmRef} type="submit" className={buttonClass("danger")} disabled={archiving}>
              {t("archiveConfirm", { name })}
            </button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <Button type="button" variant="secondary" aria-label={t("archiveLabel", { name })} onClick={() => setConfirming(true)}>
          {t("archive")}
        </Button>
      )}
      {error}
    </div>
  );
}
