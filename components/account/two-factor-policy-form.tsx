"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { setTwoFactorPolicy } from "@/lib/firms/actions/set-two-factor-policy";

/** Owner: require two-step sign-in for everyone in the firm. */
export function TwoFactorPolicyForm({ required }: { required: boolean }) {
  const t = useTranslations("account");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState(setTwoFactorPolicy, null);
  const current = state?.ok ? state.data.required : required;
  return (
    <form action={action} className="flex flex-col gap-3">
      {state?.ok ? <FormMessage kind="success">{t("policySaved")}</FormMessage> : null}
      {state && !state.ok ? <FormMessage kind="error">{te(state.error)}</FormMessage> : null}
      <input type="hidden" name="required" value="off" />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="required" value="on" defaultChecked={current} className="h-4 w-4" />
        <span>{t("policyRequired")}</span>
      </label>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("policySave")}
        </Button>
      </div>
    </form>
  );
}
