"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CopyLink } from "@/components/ui/copy-link";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import { inviteManager } from "@/lib/managers/actions/invite-manager";
import { LOCALES } from "@/lib/model/types";

export function InviteManagerForm({ clientId }: { clientId: string }) {
  const t = useTranslations("managers");
  const te = useTranslations("errors");
  const tf = useTranslations("fieldErrors");
  const locale = useLocale();
  const [state, action, pending] = useActionState(inviteManager, null);
  const fieldError = (name: string) => {
    const code = state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
    return code ? (tf.has(code) ? tf(code) : tf("invalid")) : undefined;
  };
  return (
    <div className="flex flex-col gap-4">
      {state?.ok ? (
        <div className="flex flex-col gap-3 rounded border border-green-200 bg-green-50 p-3">
          <FormMessage kind="success">{t("invited", { name: state.data.name })}</FormMessage>
          <CopyLink link={state.data.link} label={t("linkLabel")} />
          <p className="text-xs text-slate-600">{t("linkOnce")}</p>
        </div>
      ) : null}
      {state && !state.ok && state.error !== "invalid_input" ? <FormMessage kind="error">{te(state.error)}</FormMessage> : null}
      <form action={action} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end">
        <input type="hidden" name="clientId" value={clientId} />
        <Field id="manager-name" label={t("name")} name="name" required autoComplete="off" error={fieldError("name")} />
        <Field id="manager-email" label={t("email")} name="email" type="email" required autoComplete="off" error={fieldError("email")} />
        <SelectField id="manager-locale" label={t("language")} name="locale" defaultValue={locale}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {t(`locales.${l}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={pending}>
          {pending ? t("inviting") : t("invite")}
        </Button>
      </form>
    </div>
  );
}
