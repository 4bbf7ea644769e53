import "server-only";
/**
 * The one database read behind every results figure: an engagement's submitted responses in a
 * single query. PostgreSQL folds each respondent's answers into one JSON object and all
 * respondents into one JSON array, so the application receives one row (not ~60 rows per
 * respondent) and turns it into lib/scoring's input in one pass. With the embedded database
 * this is about 15× faster than fetching the answer rows one by one (see
 * scripts/bench-results.ts).
 *
 * Only submitted respondents count (DESIGN §3, methodology: "Only submitted scans count");
 * erased respondents no longer exist. The caller has already checked that the engagement
 * belongs to the firm; the query filters by the firm again, so a foreign id yields nothing.
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import { respondents, scanAnswers } from "../../db/schema";
import type { Executor } from "../../db/types";
import type { MaturityModel, RoleGroup } from "../model/types";
import { ROLE_GROUPS } from "../model/types";
import type { ScanResponse } from "../scoring/types";
import { responseFromAnswers } from "./parse";

/** Who may read results: anything with a database and a firm (a FirmContext fits). */
export interface ResultsScope {
  readonly db: Executor;
  readonly firm: { readonly id: string };
}

/** A submitted respondent as the consultant sees them (never part of a client-facing result). */
export interface ResultsPerson {
  readonly id: string;
  readonly name: string;
  readonly roleGroup: RoleGroup;
  readonly team: string | null;
  readonly submittedAt: Date;
}

export interface LoadedResponses {
  /** Respondents of the engagement, submitted or not (for the response rate). */
  readonly total: number;
  /** The same per role group (every role group, 0 when none). */
  readonly totalByRoleGroup: Readonly<Record<RoleGroup, number>>;
  /** Submitted respondents, ordered by name (consultant-side only; names are empty when not requested). */
  readonly people: readonly ResultsPerson[];
  /** The same respondents as scoring input, in the same order. */
  readonly responses: readonly ScanResponse[];
  /** Stored answers that did not fit the model and were left out (normally 0). */
  readonly ignoredAnswers: number;
}

type Row = [id: string, name: string | null, roleGroup: RoleGroup, team: string | null, submittedAt: string, answers: Record<string, string> | null];

/**
 * json_agg over rows of `respondents`: [id, name, role group, team, submitted at, {key: value}]
 * per respondent, ordered by name. Used as an aggregate over the respondents in scope.
 */
export function respondentsJson(name: SQL = sql`null`): SQL {
  return sql`json_agg(json_build_array(
    ${respondents.id}, ${name}, ${respondents.roleGroup}, ${respondents.team}, ${respondents.submittedAt},
    (select json_object_agg(${scanAnswers.key}, ${scanAnswers.value}) from ${scanAnswers} where ${scanAnswers.respondentId} = ${respondents.id})
  ) order by ${respondents.name}, ${respondents.id})`;
}

/** The results query; `people: false` leaves the names out (client-safe callers). */
export function submittedResponsesQuery(db: Executor, firmId: string, engagementId: string, options: { people: boolean }) {
  const name = options.people ? sql`${respondents.name}` : sql`null`;
  return db
    .select({
      total: sql<number>`count(*)::int`,
      byRoleGroup: sql<string>`json_build_array(${sql.join(
        ROLE_GROUPS.map((g) => sql`count(*) filter (where ${respondents.roleGroup} = ${g})`),
        sql`, `,
      )})::text`,
      data: sql<string | null>`(${respondentsJson(name)} filter (where ${respondents.submittedAt} is not null))::text`,
    })
    .from(respondents)
    .where(and(eq(respondents.engagementId, engagementId), eq(respondents.firmId, firmId)));
}

/** The JSON array of respondents (as built by {@link respondentsJson}) as scoring input, in one pass. */
export function parseResponseList(model: MaturityModel, data: string | null | undefined) {
  const list: Row[] = data ? (JSON.parse(data) as Row[]) : [];
  const people: ResultsPerson[] = [];
  const responses: ScanResponse[] = [];
  let ignoredAnswers = 0;
  for (const [id, name, roleGroup, team, submittedAt, answers] of list) {
    const parsed = responseFromAnswers(model, { id, roleGroup, team }, answers);
    ignoredAnswers += parsed.ignored;
    responses.push(parsed.response);
    people.push({ id, name: name ?? "", roleGroup: parsed.response.roleGroup, team, submittedAt: new Date(submittedAt) });
  }
  return { people, responses, ignoredAnswers };
}

/** Turns the results query's single row into scoring input. */
export function parseSubmittedRow(
  model: MaturityModel,
  row: { total: number; byRoleGroup: string | null; data: string | null } | undefined,
): LoadedResponses {
  const { people, responses, ignoredAnswers } = parseResponseList(model, row?.data);
  const counts = row?.byRoleGroup ? (JSON.parse(row.byRoleGroup) as number[]) : [];
  const totalByRoleGroup = Object.fromEntries(ROLE_GROUPS.map((g, i) => [g, Number(counts[i] ?? 0)])) as Record<RoleGroup, number>;
  return { total: row?.total ?? 0, totalByRoleGroup, people, responses, ignoredAnswers };
}

/** The engagement's submitted responses (one query, one pass). */
export async function loadSubmittedResponses(
  scope: ResultsScope,
  engagementId: string,
  model: MaturityModel,
  options: { people?: boolean } = {},
): Promise<LoadedResponses> {
  const [row] = await submittedResponsesQuery(scope.db, scope.firm.id, engagementId, { people: options.people ?? true });
  return parseSubmittedRow(model, row);
}
