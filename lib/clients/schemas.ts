/**
 * Client form and list options. Pure: the actions, the data layer and the pages share them.
 */
import { z } from "zod";
import { safeText } from "../validation/text";
import { isUuid } from "../ids";
import { INDUSTRIES, SIZE_BANDS, type Industry, type SizeBand } from "./industries";

export const MAX_CLIENT_NAME_LENGTH = 200;
export const MAX_COUNTRY_LENGTH = 80;
export const MAX_NOTES_LENGTH = 5000;

export interface ClientInput {
  readonly name: string;
  readonly industry: Industry;
  readonly sizeBand: SizeBand | null;
  readonly country: string | null;
  readonly notes: string | null;
}

export const CLIENT_FIELDS = ["name", "industry", "sizeBand", "country", "notes"] as const satisfies readonly (keyof ClientInput)[];

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v ?? null);
const normaliseText = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n").trim() : v);

export const clientInputShape = {
  name: safeText({ error: "required" }).trim().min(1, { error: "required", abort: true }).max(MAX_CLIENT_NAME_LENGTH, "too_long"),
  industry: z.enum(INDUSTRIES, { error: "required" }),
  sizeBand: z.preprocess(blankToNull, z.enum(SIZE_BANDS, { error: "invalid" }).nullable()),
  country: z.preprocess(
    (v) => blankToNull(normaliseText(v)),
    safeText().max(MAX_COUNTRY_LENGTH, "too_long").nullable(),
  ),
  notes: z.preprocess((v) => blankToNull(normaliseText(v)), safeText().max(MAX_NOTES_LENGTH, "too_long").nullable()),
};

export const clientInputSchema = z.object(clientInputShape);
export const updateClientSchema = z.object({ ...clientInputShape, clientId: z.string().refine(isUuid, "invalid") });

export const CLIENT_SORTS = ["name", "newest", "industry"] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];
export const CLIENT_ARCHIVE_FILTERS = ["active", "archived", "all"] as const;
export type ClientArchiveFilter = (typeof CLIENT_ARCHIVE_FILTERS)[number];
export const MAX_CLIENT_SEARCH_LENGTH = 100;

export interface ClientListParams {
  readonly q: string;
  readonly sort: ClientSort;
  readonly archived: ClientArchiveFilter;
}

/** The list's URL search params; anything unknown falls back to the default (never an error page). */
export function parseClientListParams(params: Record<string, string | string[] | undefined>): ClientListParams {
  const one = (key: string) => {
    const v = params[key];
    return (Array.isArray(v) ? v[0] : v) ?? "";
  };
  const sort = one("sort");
  const archived = one("archived");
  return {
    q: one("q").trim().slice(0, MAX_CLIENT_SEARCH_LENGTH),
    sort: (CLIENT_SORTS as readonly string[]).includes(sort) ? (sort as ClientSort) : "name",
    archived: (CLIENT_ARCHIVE_FILTERS as readonly string[]).includes(archived) ? (archived as ClientArchiveFilter) : "active",
  };
}

/** `%` and `_` in a search are literal characters, not wildcards. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
