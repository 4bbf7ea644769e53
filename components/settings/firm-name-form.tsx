"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { renameFirm } from "@/lib/firms/actions/rename-firm";

export function FirmNameForm({ name }: { name: string }) {
  const t = useTranslations("settings");
  const te = useTranslations("errors");
  const tf = useTranslations("fieldErrors");
  const [state, action, pending] = useActionState(renameFirm, null);
  const code = state && !state.ok ? state.fieldErrors?.name?.[0] : undefined;
  return (
    <form action={action} className="flex flex-col gap-3 sm:max-w-md">
      {state?.ok ? <FormMessage kind="success">{t("firmSaved")}</FormMessage> : null}
      {state && !state.ok && state.error !== "invalid_input" ? <FormMessage kind="error">{te(state.error)}</FormMessage> : null}
      <Field label={t("firmName")} name="name" defaultValue={name} required error={code ? (tf.has(code) ? tf(code) : tf("invalid")) : undefined} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
