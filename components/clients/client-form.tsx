"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { SelectField, TextAreaField } from "@/components/ui/form-controls";
import { submitKeepingValues, useFormResult } from "@/components/engagements/form-result";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createClient } from "@/lib/clients/actions/create-client";
import { updateClient } from "@/lib/clients/actions/update-client";
import { INDUSTRIES, SIZE_BANDS } from "@/lib/clients/industries";
import { MAX_CLIENT_NAME_LENGTH, MAX_COUNTRY_LENGTH, MAX_NOTES_LENGTH } from "@/lib/clients/schemas";

export interface ClientFormValues {
  readonly name: string;
  readonly industry: string;
  readonly sizeBand: string | null;
  readonly country: string | null;
  readonly notes: string | null;
}

/** Create a client (no clientId) or edit one; on success it opens the client's page. */
export function ClientForm({ clientId, initial, cancelHref }: { clientId?: string; initial?: ClientFormValues; cancelHref: string }) {
  const t = useTranslations("clientForm");
  const ti = useTranslations("industries");
  const te = useTranslations("errors");
  const router = useRouter();
  const [state, action, pending] = useActionState(clientId ? updateClient : createClient, null);
  const { error, saved, fieldError } = useFormResult(state);
  useEffect(() => {
    if (saved) router.push(`/clients/${saved.id}`);
  }, [saved, router]);
  const value = (key: keyof ClientFormValues) => initial?.[key] ?? "";
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} className="flex flex-col gap-4 sm:max-w-xl" noValidate>
      {error ? <FormMessage kind="error">{te(error)}</FormMessage> : null}
      {saved ? (
        <FormMessage kind="success">
          {t("saved")}{" "}
          <Link href={`/clients/${saved.id}`} className="font-semibold underline">
            {t("toClient")}
          </Link>
        </FormMessage>
      ) : null}
      {clientId ? <input type="hidden" name="clientId" value={clientId} /> : null}
      <Field
        label={t("name")}
        name="name"
        defaultValue={value("name")}
        required
        maxLength={MAX_CLIENT_NAME_LENGTH}
        autoComplete="organization"
        error={fieldError("name")}
      />
      <SelectField label={t("industry")} name="industry" defaultValue={value("industry")} required error={fieldError("industry")}>
        <option value="" disabled>
          {t("chooseIndustry")}
        </option>
        {INDUSTRIES.map((industry) => (
          <option key={industry} value={industry}>
            {ti(industry)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("sizeBand")} name="sizeBand" defaultValue={value("sizeBand")} error={fieldError("sizeBand")}>
        <option value="">{t("sizeBandUnknown")}</option>
        {SIZE_BANDS.map((band) => (
          <option key={band} value={band}>
            {t("sizeBandOption", { band })}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("country")}
        name="country"
        defaultValue={value("country")}
        maxLength={MAX_COUNTRY_LENGTH}
        autoComplete="country-name"
        hint={t("countryHint")}
        error={fieldError("country")}
      />
      <TextAreaField
        label={t("notes")}
        name="notes"
        defaultValue={value("notes")}
        maxLength={MAX_NOTES_LENGTH}
        hint={t("notesHint")}
        error={fieldError("notes")}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : clientId ? t("save") : t("create")}
        </Button>
        <Link href={cancelHref} className={buttonClass("secondary")}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
