"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createEngagement } from "@/lib/engagements/actions/create-engagement";
import { updateEngagement } from "@/lib/engagements/actions/update-engagement";
import {
  MAX_ANONYMITY_K,
  MAX_INVITE_INTRO_LENGTH,
  MAX_REMINDER_DAYS,
  MAX_TITLE_LENGTH,
  MIN_ANONYMITY_K,
  MIN_REMINDER_DAYS,
} from "@/lib/engagements/settings";
import type { ClientOption, EngagementFormValues, PreviousOption } from "@/lib/engagements/form-values";
import { RadioGroupField, SelectField, TextAreaField } from "@/components/ui/form-controls";
import { submitKeepingValues, useFormResult } from "./form-result";

interface Props {
  readonly initial: EngagementFormValues;
  readonly clients: readonly ClientOption[];
  readonly previousOptions: readonly PreviousOption[];
  readonly modelVersion: string;
  readonly cancelHref: string;
  /** Set for the settings form of an existing engagement. */
  readonly existing?: { readonly engagementId: string; readonly revision: number; readonly reloadHref: string };
}

/**
 * New engagement or its settings. The "previous engagement" list follows the chosen client
 * (without JavaScript it follows the client the page was loaded with; the server checks the choice).
 */
export function EngagementForm({ initial, clients, previousOptions, modelVersion, cancelHref, existing }: Props) {
  const t = useTranslations("engagementForm");
  const te = useTranslations("errors");
  const router = useRouter();
  const [created, create, creating] = useActionState(createEngagement, null);
  const [updated, update, updating] = useActionState(updateEngagement, null);
  const [action, pending] = existing ? [update, updating] : [create, creating];
  const createResult = useFormResult(created);
  const updateResult = useFormResult(updated);
  const { error, fieldError } = existing ? updateResult : createResult;
  const newId = createResult.saved?.id;
  useEffect(() => {
    if (newId) router.push(`/engagements/${newId}`);
  }, [newId, router]);
  const [clientId, setClientId] = useState(initial.clientId);
  // The revision the next save is based on: the page's, or the one our own last save produced.
  const revision = Math.max(existing?.revision ?? 0, updateResult.saved?.revision ?? 0);

  const groups = new Map<string, { clientName: string; options: PreviousOption[] }>();
  for (const o of previousOptions) {
    if (clientId && o.clientId !== clientId) continue;
    const group = groups.get(o.clientId) ?? { clientName: o.clientName, options: [] };
    group.options.push(o);
    groups.set(o.clientId, group);
  }

  return (
    <form action={action} onSubmit={submitKeepingValues(action)} className="flex flex-col gap-5 sm:max-w-2xl" noValidate>
      {updateResult.saved ? <FormMessage kind="success">{updateResult.saved.changed > 0 ? t("saved") : t("savedNothing")}</FormMessage> : null}
      {newId ? (
        <FormMessage kind="success">
          {t("created")}{" "}
          <Link href={`/engagements/${newId}`} className="font-semibold underline">
            {t("toEngagement")}
          </Link>
        </FormMessage>
      ) : null}
      {error ? (
        <FormMessage kind="error">
          {te(error)}
          {error === "conflict" && existing ? (
            <>
              {" "}
              <a href={existing.reloadHref} className="font-semibold underline">
                {t("reload")}
              </a>
            </>
          ) : null}
        </FormMessage>
      ) : null}
      {existing ? (
        <>
          <input type="hidden" name="engagementId" value={existing.engagementId} />
          <input type="hidden" name="revision" value={revision} />
        </>
      ) : null}
      <SelectField
        label={t("client")}
        name="clientId"
        defaultValue={initial.clientId}
        required
        onChange={(e) => setClientId(e.currentTarget.value)}
        error={fieldError("clientId")}
      >
        <option value="" disabled>
          {t("chooseClient")}
        </option>
        {clients.map((c) => (
          <option key={c.id} value={c.id}>
            {c.archived ? t("archivedClient", { name: c.name }) : c.name}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("title")}
        name="title"
        defaultValue={initial.title}
        required
        maxLength={MAX_TITLE_LENGTH}
        autoComplete="off"
        hint={t("titleHint")}
        error={fieldError("title")}
      />
      <Field
        label={t("respondentTitle")}
        name="respondentTitle"
        defaultValue={initial.respondentTitle}
        maxLength={MAX_TITLE_LENGTH}
        autoComplete="off"
        hint={t("respondentTitleHint")}
        error={fieldError("respondentTitle")}
      />
      <RadioGroupField
        legend={t("scanLocale")}
        name="scanLocale"
        defaultValue={initial.scanLocale}
        options={[
          { value: "nl", label: t("locales.nl") },
          { value: "en", label: t("locales.en") },
        ]}
        hint={t("scanLocaleHint")}
        error={fieldError("scanLocale")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t("closesAt")} name="closesAt" type="date" defaultValue={initial.closesAt} hint={t("closesAtHint")} error={fieldError("closesAt")} />
        <Field
          label={t("autoReminder")}
          name="autoReminderDaysBefore"
          type="number"
          inputMode="numeric"
          min={MIN_REMINDER_DAYS}
          max={MAX_REMINDER_DAYS}
          step={1}
          defaultValue={initial.autoReminderDaysBefore}
          hint={t("autoReminderHint")}
          error={fieldError("autoReminderDaysBefore")}
        />
      </div>
      <Field
        label={t("anonymityK")}
        name="anonymityK"
        type="number"
        inputMode="numeric"
        min={MIN_ANONYMITY_K}
        max={MAX_ANONYMITY_K}
        step={1}
        required
        defaultValue={initial.anonymityK}
        hint={t("anonymityKHint")}
        error={fieldError("anonymityK")}
      />
      <RadioGroupField
        legend={t("weighting")}
        name="weighting"
        defaultValue={initial.weighting}
        options={[
          { value: "role_group", label: t("weightingRoleGroup") },
          { value: "respondent", label: t("weightingRespondent") },
        ]}
        error={fieldError("weighting")}
      />
      <SelectField
        label={t("previous")}
        name="previousEngagementId"
        defaultValue={initial.previousEngagementId}
        hint={t("previousHint")}
        error={fieldError("previousEngagementId")}
      >
        <option value="">{t("previousNone")}</option>
        {[...groups.entries()].map(([id, group]) => (
          <optgroup key={id} label={group.clientName}>
            {group.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <TextAreaField
        label={t("inviteIntro")}
        name="inviteIntro"
        defaultValue={initial.inviteIntro}
        maxLength={MAX_INVITE_INTRO_LENGTH}
        rows={6}
        hint={t("inviteIntroHint", { max: MAX_INVITE_INTRO_LENGTH })}
        error={fieldError("inviteIntro")}
      />
      <div className="rounded border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700">
        <p className="font-medium text-slate-800">{t("modelVersion")}</p>
        <p>{existing ? t("modelVersionFixed", { version: modelVersion }) : t("modelVersionNew", { version: modelVersion })}</p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : existing ? t("save") : t("create")}
        </Button>
        <Link href={cancelHref} className={buttonClass("secondary")}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
