import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/form-controls";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CLIENT_ARCHIVE_FILTERS, CLIENT_SORTS, MAX_CLIENT_SEARCH_LENGTH, type ClientListParams } from "@/lib/clients/schemas";

/** Search, sort and archived filter as a GET form: the state lives in the URL and works without JavaScript. */
export async function ClientFilters({ params }: { params: ClientListParams }) {
  const t = await getTranslations("clientPages");
  const active = params.q !== "" || params.sort !== "name" || params.archived !== "active";
  return (
    <Form action="/clients" role="search" aria-label={t("filtersLabel")} className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
      <Field label={t("search")} name="q" type="search" defaultValue={params.q} maxLength={MAX_CLIENT_SEARCH_LENGTH} autoComplete="off" />
      <SelectField label={t("sort")} name="sort" defaultValue={params.sort}>
        {CLIENT_SORTS.map((s) => (
          <option key={s} value={s}>
            {t(`sortOptions.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("show")} name="archived" defaultValue={params.archived}>
        {CLIENT_ARCHIVE_FILTERS.map((a) => (
          <option key={a} value={a}>
            {t(`archivedOptions.${a}`)}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap gap-2">
        <Button type="submit">{t("apply")}</Button>
        {active ? (
          <Link href="/clients" className={buttonClass("secondary")}>
            {t("reset")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
