"use client";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { CopyLink } from "@/components/ui/copy-link";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFieldError } from "@/components/ui/use-field-error";
import { addRespondent } from "@/lib/respondents/actions/add-respondent";
import { updateRespondent } from "@/lib/respondents/actions/update-respondent";
import { EMAIL_MAX, NAME_MAX, TEAM_MAX } from "@/lib/respondents/fields";
import { SelectField } from "./select-field";

export interface RespondentFormValues {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly roleGroup: string;
  readonly team: string | null;
  readonly locale: "nl" | "en";
  /** Changes on every save, so the fields show the stored values again afterwards. */
  readonly version: string;
}

interface Props {
  readonly engagementId: string;
  readonly roleOptions: readonly { value: string; label: string }[];
  readonly defaultLocale: "nl" | "en";
  /** Absent: add a new respondent. */
  readonly respondent?: RespondentFormValues;
}

type State = Awaited<ReturnType<typeof addRespondent>> | Awaited<ReturnType<typeof updateRespondent>> | null;

/** Add or edit one respondent. Adding shows the new personal link once. */
export function RespondentForm({ engagementId, roleOptions, defaultLocale, respondent }: Props) {
  const t = useTranslations("respondents");
  const te = useTranslations("errors");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState<State, FormData>(async (previous, form) => {
    if (respondent) return updateRespondent(previous, form);
    const result = await addRespondent(previous, form);
    // Empty the form only after a successful add; on an error the consultant corrects the input.
    if (result.ok) formRef.current?.reset();
    return result;
  }, null);
  // Submitted by hand instead of <form action>: React would reset the fields after every
  // submission, errors included.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => action(form));
  };
  const fieldError = useFieldError(state);
  const added = state?.ok && "link" in state.data ? state.data : null;
  const localeOptions = (["nl", "en"] as const).map((l) => ({ value: l, label: t(`locales.${l}`) }));
  return (
    <div className="flex flex-col gap-4">
      {added ? (
        <div className="flex flex-col gap-3 rounded border border-green-200 bg-green-50 p-3">
          <FormMessage kind="success">{t("added", { name: added.name })}</FormMessage>
          <CopyLink link={added.link} label={t("linkLabel", { name: added.name })} />
          <p className="text-xs text-slate-600">{t("linkOnce")}</p>
        </div>
      ) : null}
      {state?.ok && respondent ? <FormMessage kind="success">{t("saved")}</FormMessage> : null}
      {state && !state.ok && state.error !== "invalid_input" ? <FormMessage kind="error">{te(state.error)}</FormMessage> : null}
      <form ref={formRef} onSubmit={submit} className="flex flex-col gap-3" noValidate>
        <input type="hidden" name="engagementId" value={engagementId} />
        {respondent ? <input type="hidden" name="respondentId" value={respondent.id} /> : null}
        <div key={respondent?.version} className="grid gap-3 sm:grid-cols-2">
          <Field label={t("fields.name")} name="name" required maxLength={NAME_MAX} autoComplete="off" defaultValue={respondent?.name} error={fieldError("name")} />
          <Field
            label={t("fields.email")}
            name="email"
            type="email"
            required
            maxLength={EMAIL_MAX}
            autoComplete="off"
            defaultValue={respondent?.email}
            error={fieldError("email")}
          />
          <SelectField
            label={t("fields.roleGroup")}
            name="roleGroup"
            required
            options={roleOptions}
            placeholder={t("fields.chooseRole")}
            defaultValue={respondent?.roleGroup ?? ""}
            error={fieldError("roleGroup")}
          />
          <Field
            label={t("fields.team")}
            name="team"
            maxLength={TEAM_MAX}
            autoComplete="off"
            hint={t("fields.teamHint")}
            defaultValue={respondent?.team ?? ""}
            error={fieldError("team")}
          />
          <SelectField
            label={t("fields.locale")}
            name="locale"
            required
            options={localeOptions}
            defaultValue={respondent?.locale ?? defaultLocale}
            error={fieldError("locale")}
          />
        </div>
        <div>
          <Button type="submit" disabled={pending}>
            {respondent ? (pending ? t("saving") : t("save")) : pending ? t("adding") : t("add")}
          </Button>
        </div>
      </form>
    </div>
  );
}
