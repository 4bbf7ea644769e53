"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SetPasswordLinkNotice } from "@/components/ui/set-password-link-notice";
import { useFieldError } from "@/components/ui/use-field-error";
import { addConsultant } from "@/lib/team/actions/add-consultant";

export function AddConsultantForm() {
  const t = useTranslations("team");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState(addConsultant, null);
  const fieldError = useFieldError(state);
  return (
    <div className="flex flex-col gap-4">
      {state?.ok ? (
        <SetPasswordLinkNotice message={t("added", { name: state.data.name })} link={state.data.link} linkLabel={t("linkLabel")} linkOnce={t("linkOnce")} />
      ) : null}
      {state && !state.ok && state.error !== "invalid_input" ? <FormMessage kind="error">{te(state.error)}</FormMessage> : null}
      <form action={action} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <Field label={t("name")} name="name" required autoComplete="off" error={fieldError("name")} />
        <Field label={t("email")} name="email" type="email" required autoComplete="off" error={fieldError("email")} />
        <Button type="submit" disabled={pending}>
          {pending ? t("adding") : t("add")}
        </Button>
      </form>
    </div>
  );
}
