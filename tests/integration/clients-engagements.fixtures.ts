/** Shared inputs and assertions of the clients-* and engagements-* integration tests. */
import { asc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { auditLog } from "../../db/schema";
import type { Database } from "../../db/types";
import type { ClientInput } from "../../lib/clients/schemas";
import { FieldRuleError } from "../../lib/engagements/field-error";
import type { EngagementSettings } from "../../lib/engagements/settings";

export const clientInput = (over: Partial<ClientInput> = {}): ClientInput => ({
  name: "Acme Verpakkingen",
  industry: "manufacturing",
  sizeBand: "11-50",
  country: "NL",
  notes: null,
  ...over,
});

export const settings = (clientId: string, over: Partial<EngagementSettings> = {}): EngagementSettings => ({
  clientId,
  title: "Nulmeting 2026",
  respondentTitle: null,
  scanLocale: "nl",
  closesAt: null,
  anonymityK: 3,
  weighting: "role_group",
  previousEngagementId: null,
  inviteIntro: null,
  autoReminderDaysBefore: null,
  ...over,
});

export async function auditFor(db: Database, entityId: string) {
  return db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.id));
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

/** "field:reason" of the FieldRuleError a promise rejects with. */
export async function fieldRule(promise: Promise<unknown>): Promise<string> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(FieldRuleError);
  return `${(error as FieldRuleError).field}:${(error as FieldRuleError).reason}`;
}
