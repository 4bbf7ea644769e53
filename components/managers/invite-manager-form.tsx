"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/form-controls";
import { FormMessage } from "@/components/ui/form-message";
import { SetPasswordLinkNotice } from "@/components/ui/set-password-link-notice";
import { useFieldError } from "@/components/ui/use-field-error";
import { inviteManager } from "@/lib/managers/actions/invite-manager";
import { LOCALES } from "@/lib/model/types";

export function InviteManagerForm({ clientId }: { clientId: string }) {
  const t = useTranslations("managers");
  const te = useTranslations("errors");
  const locale = useLocale();
  const [state, action, pending] = useActionState(inviteManager, null);
  const fieldError = useFieldError(state);
  return (
    <div className="flex flex-col gap-4">
      {state?.ok ? (
        <SetPasswordLinkNotice message={t("invited", { name: state.data.name })} link={state.data.link} linkLabel={t("linkLabel")} linkOnce={t("linkOnce")} />
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
