"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { signOutEverywhere } from "@/lib/account/actions/sign-out-everywhere";

/** Ends every session of the account (after a confirmation), then this browser's cookie. */
export function SignOutEverywhere() {
  const t = useTranslations("account");
  const te = useTranslations("errors");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = () =>
    start(async () => {
      const result = await signOutEverywhere(null, {});
      if (!result.ok) return setError(te(result.error));
      await signOut({ callbackUrl: "/login" });
    });
  return (
    <div className="flex flex-col gap-2">
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      {confirming ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="danger" type="button" onClick={run} disabled={pending}>
            {pending ? t("signingOut") : t("confirmSignOutEverywhere")}
          </Button>
          <Button variant="secondary" type="button" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
        </div>
      ) : (
        <div>
          <Button variant="danger" type="button" onClick={() => setConfirming(true)}>
            {t("signOutEverywhere")}
          </Button>
        </div>
      )}
    </div>
  );
}
