import "server-only";
/** The engagement a results page or export is about, firm-scoped (a foreign or malformed id is not found). */
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { clients, engagements, type EngagementStatus, type Weighting } from "../../db/schema";
import { NotFoundError } from "../errors";
import { isUuid } from "../ids";
import type { ResultsScope } from "./load";

export interface ResultsEngagement {
  readonly id: string;
  readonly title: string;
  readonly status: EngagementStatus;
  readonly modelVersion: string;
  readonly anonymityK: number;
  readonly weighting: Weighting;
  readonly scanLocale: "nl" | "en";
  readonly closesAt: Date | null;
  readonly createdAt: Date;
  readonly clientId: string;
  readonly clientName: string;
  readonly clientIndustry: string;
  readonly clientSizeBand: string | null;
  readonly previousEngagementId: string | null;
}

export async function getResultsEngagement(scope: ResultsScope, engagementId: string): Promise<ResultsEngagement> {
  if (!isUuid(engagementId)) throw new NotFoundError("engagement");
  const previous = alias(engagements, "previous");
  const [row] = await scope.db
    .select({
      id: engagements.id,
      title: engagements.title,
      status: engagements.status,
      modelVersion: engagements.modelVersion,
      anonymityK: engagements.anonymityK,
      weighting: engagements.weighting,
      scanLocale: engagements.scanLocale,
      closesAt: engagements.closesAt,
      createdAt: engagements.createdAt,
      clientId: clients.id,
      clientName: clients.name,
      clientIndustry: clients.industry,
      clientSizeBand: clients.sizeBand,
      // Only a previous engagement of the same firm counts.
      previousEngagementId: previous.id,
    })
    .from(engagements)
    .innerJoin(clients, and(eq(clients.id, engagements.clientId), eq(clients.firmId, scope.firm.id)))
    .leftJoin(previous, and(eq(previous.id, engagements.previousEngagementId), eq(previous.firmId, scope.firm.id)))
    .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, scope.firm.id)));
  if (!row) throw new NotFoundError("engagement");
  return row;
}
