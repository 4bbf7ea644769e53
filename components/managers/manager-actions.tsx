"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyLink } from "@/components/ui/copy-link";
import { FormMessage } from "@/components/ui/form-message";
import { reinviteManager } from "@/lib/managers/actions/reinvite-manager";
import { resendManagerInvitation } from "@/lib/managers/actions/resend-manager-invitation";
import { revokeManager } from "@/lib/managers/actions/revoke-manager";
import type { ManagerStatus } from "@/lib/managers/queries";

/** Resend (invited), revoke with confirmation (invited or active), invite again (revoked). */
export function ManagerActions({ managerId, name, status }: { managerId: string; name: string; status: ManagerStatus }) {
  const t = useTranslations("managers");
  const te = useTranslations("errors");
  const [confirming, setConfirming] = useState(false);
  const [resendState, resend, resending] = useActionState(resendManagerInvitation, null);
  const [reinviteState, reinvite, reinviting] = useActionState(reinviteManager, null);
  const [revokeState, revoke, revoking] = useActionState(revokeManager, null);
  const linkState = status === "revoked" ? reinviteState : resendState;
  const hidden = (
    <>
      <input type="hidden" name="managerId" value={managerId} />
    </>
  );
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap justify-end gap-2">
        {status === "invited" ? (
          <form action={resend}>
            {hidden}
            <Button variant="secondary" type="submit" disabled={resending} aria-label={t("resendLabel", { name })}>
              {t("resend")}
            </Button>
          </form>
        ) : null}
        {status === "revoked" ? (
          <form action={reinvite}>
            {hidden}
            <Button variant="secondary" type="submit" disabled={reinviting} aria-label={t("reinviteLabel", { name })}>
              {t("reinvite")}
            </Button>
          </form>
        ) : confirming ? (
          <form action={revoke} className="flex gap-2" onSubmit={() => setConfirming(false)}>
            {hidden}
            <Button variant="danger" type="submit" disabled={revoking}>
              {t("confirmRevoke", { name })}
            </Button>
            <Button variant="secondary" type="button" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </form>
        ) : (
          <Button variant="danger" type="button" onClick={() => setConfirming(true)} aria-label={t("revokeLabel", { name })}>
            {t("revoke")}
          </Button>
        )}
      </div>
      {revokeState && !revokeState.ok ? <FormMessage kind="error">{te(revokeState.error)}</FormMessage> : null}
      {linkState?.ok ? (
        <>
          <FormMessage kind="success">{t("resent")}</FormMessage>
          <CopyLink link={linkState.data.link} label={t("linkLabel")} />
        </>
      ) : null}
      {linkState && !linkState.ok ? <FormMessage kind="error">{te(linkState.error)}</FormMessage> : null}
    </div>
  );
}
