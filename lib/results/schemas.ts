/**
 * Validation at the results boundary: the consultant-rating form and the URL parameters of the
 * results pages (weighting, respondent ids, group dimension, benchmark filters). Pure.
 * Malformed parameters fall back to their default (a results page never crashes on a URL);
 * ids that are well-formed but not part of the engagement are not found (checked by the caller).
 */
import { z } from "zod";
import { safeText } from "../validation/text";
import { INDUSTRIES, SIZE_BANDS } from "../clients/industries";
import { isUuid } from "../ids";
import { PILLAR_KEYS, ROLE_GROUPS, type PillarKey, type RoleGroup } from "../model/types";
import type { Weighting } from "../scoring/types";

export const MAX_RATING_NOTE_LENGTH = 2000;

const ratingLevel = z.union([z.literal(""), z.enum(["1", "2", "3", "4", "5"])]).transform((v) => (v === "" ? null : Number(v)));
const ratingNote = safeText()
  .max(MAX_RATING_NOTE_LENGTH, "too_long")
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? null : v.trim()));

/** One pillar's rating: an empty level removes the pillar's rating. */
export const saveRatingSchema = z.object({
  engagementId: z.string().refine(isUuid, "invalid"),
  pillar: z.enum(PILLAR_KEYS),
  level: ratingLevel,
  note: ratingNote,
});
export interface PillarRating {
  readonly pillar: PillarKey;
  readonly level: number | null;
  readonly note: string | null;
}

/** The rating form's field names per pillar (flat, as a form posts them). */
export const ratingField = (name: "level" | "note", pillar: PillarKey) => `${name}_${pillar}` as const;

type RatingShape = { [P in PillarKey as `level_${P}`]: typeof ratingLevel } & { [P in PillarKey as `note_${P}`]: typeof ratingNote };
const ratingShape = Object.fromEntries(
  PILLAR_KEYS.flatMap((p) => [
    [ratingField("level", p), ratingLevel],
    [ratingField("note", p), ratingNote],
  ]),
) as RatingShape;

/**
 * The rating form with all pillars at once: `level_<pillar>` and `note_<pillar>` for every
 * pillar of the model (a missing pillar is refused, so a partial post cannot remove ratings).
 */
export const saveRatingsSchema = z.strictObject({ engagementId: z.string().refine(isUuid, "invalid"), ...ratingShape });
export type SaveRatingsInput = z.output<typeof saveRatingsSchema>;

/** The form's flat fields as one rating per pillar, in model order. */
export function ratingsOf(input: SaveRatingsInput): PillarRating[] {
  return PILLAR_KEYS.map((pillar) => ({ pillar, level: input[`level_${pillar}`], note: input[`note_${pillar}`] }));
}
export type SaveRatingInput = z.output<typeof saveRatingSchema>;

type SearchValue = string | string[] | undefined;
export type SearchParams = Readonly<Record<string, SearchValue>>;

/** The first value of a search parameter. */
export function firstParam(value: SearchValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Every value of a search parameter (`?r=a&r=b` and `?r=a,b` both give [a, b]). */
export function allParams(value: SearchValue): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}

/** `?weighting=role_group|respondent`; anything else means the engagement's own setting. */
export function weightingParam(value: SearchValue, fallback: Weighting): Weighting {
  const v = firstParam(value);
  return v === "role_group" || v === "respondent" ? v : fallback;
}

export type GroupDimension = "role_group" | "team";
/** `?weighting=…` when it names a weighting; `undefined` (the engagement's setting) otherwise. */
export function weightingChoice(value: SearchValue): Weighting | undefined {
  const v = firstParam(value);
  return v === "role_group" || v === "respondent" ? v : undefined;
}

/** `?by=role_group|team`; default role groups. */
export function groupDimensionParam(value: SearchValue): GroupDimension {
  return firstParam(value) === "team" ? "team" : "role_group";
}

/** The most respondents compared side by side. */
export const MAX_COMPARED = 6;

/**
 * `?r=<id>&r=<id>`: respondent ids to compare, de-duplicated, in the given order.
 * `null` when an id is malformed or there are more than {@link MAX_COMPARED} (the page is then
 * not found, like a foreign id).
 */
export function respondentIdsParam(value: SearchValue): string[] | null {
  const ids = [...new Set(allParams(value))];
  if (ids.length > MAX_COMPARED || !ids.every(isUuid)) return null;
  return ids.map((id) => id.toLowerCase());
}

/** `?group=<role group>`: a known role group, or `null` (everyone). */
export function roleGroupParam(value: SearchValue): RoleGroup | null {
  const v = firstParam(value);
  return (ROLE_GROUPS as readonly string[]).includes(v ?? "") ? (v as RoleGroup) : null;
}

/** `?page=<n>`: a whole number ≥ 1 (default 1); the caller clamps it to the last page. */
export function pageParam(value: SearchValue): number {
  const v = firstParam(value);
  if (!v || !/^\d{1,6}$/.test(v)) return 1;
  return Math.max(1, Number(v));
}

export interface BenchmarkFilter {
  readonly industry: (typeof INDUSTRIES)[number] | null;
  readonly sizeBand: (typeof SIZE_BANDS)[number] | null;
}

/** `?industry=…&size=…`, each from the fixed lists; anything else means "no filter". */
export function benchmarkFilterParam(params: SearchParams): BenchmarkFilter {
  const industry = firstParam(params.industry);
  const size = firstParam(params.size);
  return {
    industry: (INDUSTRIES as readonly string[]).includes(industry ?? "") ? (industry as BenchmarkFilter["industry"]) : null,
    sizeBand: (SIZE_BANDS as readonly string[]).includes(size ?? "") ? (size as BenchmarkFilter["sizeBand"]) : null,
  };
}

/** `?series=current,desired,…`: which radar series start visible (unknown names dropped). */
export const RADAR_SERIES = ["current", "desired", "rating", "previous", "benchmark"] as const;
export type RadarSeriesKey = (typeof RADAR_SERIES)[number];
