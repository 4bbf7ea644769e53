"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { EngagementStatus } from "@/db/schema";
import { changeStatus } from "@/lib/engagements/actions/change-status";

/** Closing and publishing ask for confirmation first; opening and reopening do not. */
const NEEDS_CONFIRMATION: readonly EngagementStatus[] = ["closed", "published"];

/**
 * One button per allowed transition. `transitions` comes from lib/engagements/status.ts; the
 * server checks again, so a stale page gets `invalid_transition`, not a wrong status.
 */
export function StatusActions({
  engagementId,
  status,
  transitions,
  warnNoRespondents,
}: {
  engagementId: string;
  status: EngagementStatus;
  transitions: readonly EngagementStatus[];
  warnNoRespondents: boolean;
}) {
  const t = useTranslations("engagementPages");
  const ts = useTranslations("engagementStatus");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState(changeStatus, null);
  // Remembered with the status and action result it was asked at: a finished action or a new
  // status ends the confirmation, so it never reappears after a later status change.
  const [asked, setAsked] = useState<{ to: EngagementStatus; from: EngagementStatus; at: typeof state } | null>(null);
  const confirming = asked && asked.from === status && asked.at === state ? asked.to : null;
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const label = (to: EngagementStatus) => (to === "open" && status === "closed" ? t("transitions.reopen") : t(`transitions.${to}`));

  return (
    <div className="flex flex-col gap-3">
      {state?.ok && state.data.to === status ? <FormMessage kind="success">{t("statusChanged", { status: ts(status) })}</FormMessage> : null}
      {state && !state.ok ? <FormMessage kind="error">{te(state.error)}</FormMessage> : null}
      {warnNoRespondents && transitions.includes("open") ? (
        <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("noRespondentsWarning")}</p>
      ) : null}
      {confirming ? (
        <form action={action} className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3">
          <input type="hidden" name="engagementId" value={engagementId} />
          <input type="hidden" name="to" value={confirming} />
          <p className="max-w-prose text-sm text-slate-800">{t(`confirm.${confirming as "closed" | "published"}`)}</p>
          <div className="flex flex-wrap gap-2">
            <button ref={confirmRef} type="submit" className={buttonClass("primary")} disabled={pending}>
              {t(`confirmButton.${confirming as "closed" | "published"}`)}
            </button>
            <Button type="button" variant="secondary" onClick={() => setAsked(null)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : transitions.length > 0 ? (
        <div role="group" aria-label={t("transitionsLabel")} className="flex flex-wrap gap-2">
          {transitions.map((to) =>
            NEEDS_CONFIRMATION.includes(to) ? (
              <Button key={to} type="button" variant={to === "published" ? "primary" : "secondary"} onClick={() => setAsked({ to, from: status, at: state })}>
                {label(to)}
              </Button>
            ) : (
              <form key={to} action={action}>
                <input type="hidden" name="engagementId" value={engagementId} />
                <input type="hidden" name="to" value={to} />
                <Button type="submit" variant={status === "closed" ? "secondary" : "primary"} disabled={pending}>
                  {label(to)}
                </Button>
              </form>
            ),
          )}
        </div>
      ) : null}
    </div>
  );
}
