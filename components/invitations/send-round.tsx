"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { sendInvitations } from "@/lib/invitations/actions/send-invitations";
import { sendReminders } from "@/lib/invitations/actions/send-reminders";

interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

const ACTIONS = { invitation: sendInvitations, reminder: sendReminders } as const;
const TEXTS = {
  invitation: { button: "inviteButton", preview: "invitePreview", confirm: "inviteConfirm", done: "invitesQueued" },
  reminder: { button: "remindButton", preview: "remindPreview", confirm: "remindConfirm", done: "remindersQueued" },
} as const;

/**
 * One round (invitations or reminders): a button opens the list of who will get a message,
 * and only the confirmation sends. The confirmation carries the list's fingerprint, so a list
 * that changed meanwhile is refused and the page shows the new one.
 */
export function SendRound({
  kind,
  engagementId,
  count,
  fingerprint,
  people,
  draft,
  disabled,
}: {
  kind: "invitation" | "reminder";
  engagementId: string;
  count: number;
  fingerprint: string;
  people: readonly Person[];
  /** The engagement is a draft: explain "open it first" rather than "closed". */
  draft: boolean;
  disabled: boolean;
}) {
  const t = useTranslations("invitations");
  const te = useTranslations("errors");
  const texts = TEXTS[kind];
  // The preview is open for one particular list; a changed list closes it, and so does
  // sending (the reminder list stays the same afterwards, so a second click must not resend).
  const [confirmingFor, setConfirmingFor] = useState<string | null>(null);
  const [state, action, pending] = useActionState(async (previous: unknown, form: FormData) => {
    const result = await ACTIONS[kind](previous, form);
    if (result.ok) setConfirmingFor(null);
    return result;
  }, null);
  const confirming = confirmingFor === fingerprint && !disabled && count > 0;
  const headingRef = useRef<HTMLHeadingElement>(null);


  useEffect(() => {
    if (confirming) headingRef.current?.focus();
  }, [confirming]);

  const error =
    state && !state.ok
      ? state.error === "conflict"
        ? t("changed")
        : state.error === "engagement_closed" && draft
          ? t("openFirst")
          : te(state.error)
      : null;

  return (
    <div className="flex flex-col gap-3">
      {state?.ok ? <FormMessage kind="success">{t(texts.done, { count: state.data.count })}</FormMessage> : null}
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      {confirming ? (
        <div className="flex flex-col gap-3 rounded border border-slate-300 bg-slate-50 p-3">
          <h3 ref={headingRef} tabIndex={-1} className="font-semibold">
            {t(texts.preview, { count })}
          </h3>
          <ul aria-label={t("recipientsLabel")} tabIndex={0} className="max-h-64 overflow-auto rounded border border-slate-200 bg-white text-sm">
            {people.map((p) => (
              <li key={p.id} className="border-b border-slate-100 px-3 py-1.5 last:border-b-0">
                <span className="font-medium">{p.name}</span> <span className="break-all text-slate-600">{p.email}</span>
              </li>
            ))}
          </ul>
          {count > people.length ? <p className="text-sm text-slate-600">{t("more", { count: count - people.length })}</p> : null}
          <form action={action} className="flex flex-wrap gap-2">
            <input type="hidden" name="engagementId" value={engagementId} />
            <input type="hidden" name="fingerprint" value={fingerprint} />
            <Button type="submit" disabled={pending}>
              {pending ? t("sending") : t(texts.confirm, { count })}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setConfirmingFor(null)}>
              {t("cancel")}
            </Button>
          </form>
        </div>
      ) : (
        <div>
          <Button
            type="button"
            variant="secondary"
            disabled={disabled || count === 0}
            onClick={() => setConfirmingFor(fingerprint)}
          >
            {t(texts.button)}
          </Button>
        </div>
      )}
    </div>
  );
}
