"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CopyLink } from "@/components/ui/copy-link";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { addConsultant } from "@/lib/team/actions/add-consultant";

export function AddConsultantForm() {
  const t = useTranslations("team");
  const te = useTranslations("errors");
  const tf = useTranslations("fieldErrors");
  const [state, action, pending] = useActionState(addConsultant, null);
  const fieldError = (name: string) => {
    const code = state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
    return code ? (tf.has(code) ? tf(code) : tf("invalid")) : undefined;
  };
  return (
    <div className="flex flex-col gap-4">
      {state?.ok ? (
        <div className="flex flex-col gap-3 rounded border border-green-200 bg-green-50 p-3">
          <FormMessage kind="success">{t("added", { name: state.data.name })}</FormMessage>
          <CopyLink link={state.data.link} label={t("linkLabel")} />
          <p className="text-xs text-slate-600">{t("linkOnce")}</p>
        </div>
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
