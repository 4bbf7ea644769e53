/** What the respondent pages need from the engagement's model version, in the reader's language. */
import { allItems, getModel } from "../model";
import { ROLE_GROUPS, type Locale, type RoleGroup } from "../model/types";

export function roleLabelsFor(modelVersion: string, locale: Locale): Record<RoleGroup, string> {
  const groups = getModel(modelVersion).roleGroups;
  return Object.fromEntries(ROLE_GROUPS.map((g) => [g, groups[g][locale]])) as Record<RoleGroup, string>;
}

export function roleOptionsFor(modelVersion: string, locale: Locale): { value: RoleGroup; label: string }[] {
  const labels = roleLabelsFor(modelVersion, locale);
  return ROLE_GROUPS.map((value) => ({ value, label: labels[value] }));
}

/** The number of items a respondent answers (25 in model 2026.1, 26 in 2026.2), for "x of 26 answered". */
export function itemCountFor(modelVersion: string): number {
  return allItems(getModel(modelVersion)).length;
}
