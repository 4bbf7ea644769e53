/**
 * The layout of issue #12 (k = 3, role-group weighting): sales 6, marketing 5, one director;
 * teams Noord = {2 sales, the director}, Zuid = 4 sales, Mkt = the 5 marketers. The director
 * answers 1 everywhere and leaves a comment; sales answer 4, marketing 5. Published with the old
 * per-table suppression, the director's score and comment could be recovered by subtraction.
 */
import type { ScanResponse } from "../types";
import { itemsFrom, simpleResponse } from "./fixture-model";

export const DIRECTOR_COMMENT = "Ik stop volgend jaar, niemand weet het nog";

const all = (level: string) => itemsFrom(...Array.from({ length: 5 }, () => level.repeat(5)));

export interface Issue12Person {
  readonly id: string;
  readonly roleGroup: "management" | "sales" | "marketing";
  readonly team: "Noord" | "Zuid" | "Mkt";
  readonly level: string;
  readonly comment: string | null;
}

export const ISSUE_12_PEOPLE: readonly Issue12Person[] = [
  { id: "director", roleGroup: "management", team: "Noord", level: "1", comment: DIRECTOR_COMMENT },
  ...[1, 2].map((i) => ({ id: `sales-noord-${i}`, roleGroup: "sales" as const, team: "Noord" as const, level: "4", comment: `Sales Noord ${i}` })),
  ...[1, 2, 3, 4].map((i) => ({ id: `sales-zuid-${i}`, roleGroup: "sales" as const, team: "Zuid" as const, level: "4", comment: `Sales Zuid ${i}` })),
  ...[1, 2, 3, 4, 5].map((i) => ({ id: `mkt-${i}`, roleGroup: "marketing" as const, team: "Mkt" as const, level: "5", comment: `Marketing ${i}` })),
];

export function issue12Responses(): ScanResponse[] {
  return ISSUE_12_PEOPLE.map((p) =>
    simpleResponse(p.id, p.roleGroup, all(p.level), {
      team: p.team,
      comments: p.comment ? { organisation: p.comment } : undefined,
    }),
  );
}
