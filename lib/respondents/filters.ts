/**
 * Filters of the tracking list, read from the page's query string. Pure: unknown values are
 * ignored (an old bookmark or a hand-edited URL shows everyone instead of an error).
 */
import { ROLE_GROUPS, type RoleGroup } from "../model/types";
import { RESPONDENT_STATUSES, respondentStatus, type RespondentStatus, type TrackedRespondent } from "./tracking";

export interface RespondentFilters {
  readonly status: RespondentStatus | null;
  readonly roleGroup: RoleGroup | null;
}

type SearchParams = Readonly<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | null =>
  value !== undefined && (list as readonly string[]).includes(value) ? (value as T) : null;

export function parseRespondentFilters(params: SearchParams): RespondentFilters {
  return {
    status: oneOf(RESPONDENT_STATUSES, first(params.status)),
    roleGroup: oneOf(ROLE_GROUPS, first(params.role)),
  };
}

export function filterRespondents<T extends TrackedRespondent>(list: readonly T[], filters: RespondentFilters): T[] {
  return list.filter(
    (r) => (!filters.status || respondentStatus(r) === filters.status) && (!filters.roleGroup || r.roleGroup === filters.roleGroup),
  );
}
