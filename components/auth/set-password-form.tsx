"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { setPassword } from "@/lib/auth/actions/set-password";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("setPassword");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState(setPassword, null);

  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage kind="success">{t("done")}</FormMessage>
        <Link href="/login" className="text-sm font-semibold text-blue-700 underline">
          {t("toLogin")}
        </Link>
      </div>
    );
  }
  const fieldError = (name: string) => {
    const code = state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
    return code ? t(`fieldErrors.${code === "too_short" || code === "too_long" || code === "mismatch" ? code : "invalid"}`, { min: PASSWORD_MIN_LENGTH }) : undefined;
  };
  return (
    <form action={action} className="flex flex-col gap-4">
      {state && !state.ok && state.error !== "invalid_input" ? (
        <FormMessage kind="error">{state.error === "invalid_token" ? t("invalidBody") : te(state.error)}</FormMessage>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <Field label={t("password")} name="password" type="password" autoComplete="new-password" required hint={t("hint", { min: PASSWORD_MIN_LENGTH })} error={fieldError("password")} />
      <Field label={t("confirm")} name="confirm" type="password" autoComplete="new-password" required error={fieldError("confirm")} />
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
