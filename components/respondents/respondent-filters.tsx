import { useTranslations } from "next-intl";
import Form from "next/form";
import Link from "next/link";
import type { RoleGroup } from "@/lib/model/types";
import type { RespondentFilters as Filters } from "@/lib/respondents/filters";
import { RESPONDENT_STATUSES } from "@/lib/respondents/tracking";
import { SelectField } from "./select-field";

interface Props {
  readonly href: string;
  readonly filters: Filters;
  readonly roleOptions: readonly { value: RoleGroup; label: string }[];
  readonly shown: number;
  readonly total: number;
}

/** Filter by status and role group: a plain GET form, so a filtered list can be bookmarked. */
export function RespondentFilters({ href, filters, roleOptions, shown, total }: Props) {
  const t = useTranslations("respondents.filters");
  const ts = useTranslations("respondents.status");
  const active = filters.status !== null || filters.roleGroup !== null;
  return (
    <div className="mb-3 flex flex-col gap-2">
      <Form key={`${filters.status}-${filters.roleGroup}`} action={href} className="flex flex-wrap items-end gap-3" aria-label={t("label")}>
        <SelectField
          label={t("status")}
          name="status"
          id="filter-status"
          defaultValue={filters.status ?? ""}
          placeholder={t("allStatuses")}
          options={RESPONDENT_STATUSES.map((s) => ({ value: s, label: ts(s) }))}
        />
        <SelectField
          label={t("roleGroup")}
          name="role"
          id="filter-role"
          defaultValue={filters.roleGroup ?? ""}
          placeholder={t("allRoleGroups")}
          options={roleOptions}
        />
        <button type="submit" className="min-h-10 rounded border border-slate-300 bg-white px-4 text-sm font-semibold hover:bg-slate-100">
          {t("apply")}
        </button>
        {active ? (
          <Link href={href} className="min-h-10 py-2 text-sm text-blue-700 underline-offset-2 hover:underline">
            {t("clear")}
          </Link>
        ) : null}
      </Form>
      <p className="text-sm text-slate-600" role="status">
        {active ? t("shownOf", { shown, total }) : t("shownAll", { total })}
      </p>
    </div>
  );
}
