"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyLink } from "@/components/ui/copy-link";
import { FormMessage } from "@/components/ui/form-message";
import { reissueSetPasswordLink } from "@/lib/team/actions/reissue-set-password-link";
import { sendPasswordReset } from "@/lib/team/actions/send-password-reset";
import { removeMember } from "@/lib/team/actions/remove-member";

/**
 * Remove (with confirmation); for people without a password yet, a new set-password link;
 * for the others a password-reset e-mail to their own address (the owner never sees that link).
 */
export function MemberActions({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const t = useTranslations("team");
  const te = useTranslations("errors");
  const [confirming, setConfirming] = useState(false);
  const [removeState, remove, removing] = useActionState(removeMember, null);
  const [linkState, reissue, reissuing] = useActionState(reissueSetPasswordLink, null);
  const [resetState, reset, resetting] = useActionState(sendPasswordReset, null);
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap justify-end gap-2">
        {/* A first-password link only for someone who never set one; else a reset to their own address. */}
        <form action={active ? reset : reissue}>
          <input type="hidden" name="userId" value={userId} />
          <Button variant="secondary" type="submit" disabled={active ? resetting : reissuing}>
            {active ? t("sendReset") : t("newLink")}
          </Button>
        </form>
        {confirming ? (
          <form action={remove} className="flex gap-2">
            <input type="hidden" name="userId" value={userId} />
            <Button variant="danger" type="submit" disabled={removing}>
              {t("confirmRemove", { name })}
            </Button>
            <Button variant="secondary" type="button" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </form>
        ) : (
          <Button variant="danger" type="button" onClick={() => setConfirming(true)} aria-label={t("removeLabel", { name })}>
            {t("remove")}
          </Button>
        )}
      </div>
      {removeState && !removeState.ok ? <FormMessage kind="error">{te(removeState.error)}</FormMessage> : null}
      {linkState?.ok ? <CopyLink link={linkState.data.link} label={t("linkLabel")} /> : null}
      {linkState && !linkState.ok ? <FormMessage kind="error">{te(linkState.error)}</FormMessage> : null}
      {resetState?.ok ? <FormMessage kind="success">{t("resetSent", { email: resetState.data.email })}</FormMessage> : null}
      {resetState && !resetState.ok ? <FormMessage kind="error">{te(resetState.error)}</FormMessage> : null}
    </div>
  );
}
