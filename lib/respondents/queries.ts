import "server-only";
/**
 * Respondents of an engagement: the tracking list, adding, editing and erasing one person.
 * Every function is scoped to the caller's firm; ids of another firm or engagement are not found.
 */
import { and, asc, desc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { emailOutbox, emailStatusEnum, engagements, respondentLinks, respondents, type EmailKind, type Respondent } from "../../db/schema";
import { clearBenchmarkFigures } from "../results/benchmark-figures";
import { writeAudit } from "../audit";
import type { FirmContext } from "../auth/context";
import { NotFoundError, AppError } from "../errors";
import { isUuid } from "../ids";
import { findRespondent, lockEngagement, translateWriteError } from "./access";
import { normaliseRespondentEmail } from "./fields";
import { issueRespondentLink } from "./links";
import type { RespondentInput } from "./schemas";

export type EmailStatus = (typeof emailStatusEnum.enumValues)[number];

export interface LatestEmail {
  readonly kind: EmailKind;
  readonly status: EmailStatus;
  readonly lastError: string | null;
  readonly at: Date;
}

export interface RespondentListItem extends Respondent {
  /** Links that still work (not revoked). */
  readonly activeLinks: number;
  /** The most recent outbox message to this person, if any. */
  readonly latestEmail: LatestEmail | null;
}

async function assertEngagement(ctx: FirmContext, engagementId: string): Promise<void> {
  if (!isUuid(engagementId)) throw new NotFoundError("engagement");
  const [row] = await ctx.db
    .select({ id: engagements.id })
    .from(engagements)
    .where(and(eq(engagements.id, engagementId), eq(engagements.firmId, ctx.firm.id)));
  if (!row) throw new NotFoundError("engagement");
}

/** Everyone on the engagement, by name, with their active link count and latest e-mail. */
export async function listRespondents(ctx: FirmContext, engagementId: string): Promise<RespondentListItem[]> {
  await assertEngagement(ctx, engagementId);
  const scope = and(eq(respondents.engagementId, engagementId), eq(respondents.firmId, ctx.firm.id));
  const [people, links, emails] = await Promise.all([
    ctx.db.select().from(respondents).where(scope).orderBy(asc(respondents.name), asc(respondents.email)),
    ctx.db
      .select({ respondentId: respondentLinks.respondentId, n: sql<number>`count(*)::int` })
      .from(respondentLinks)
      .innerJoin(respondents, eq(respondents.id, respondentLinks.respondentId))
      .where(and(scope, isNull(respondentLinks.revokedAt)))
      .groupBy(respondentLinks.respondentId),
    ctx.db
      .selectDistinctOn([emailOutbox.respondentId], {
        respondentId: emailOutbox.respondentId,
        kind: emailOutbox.kind,
        status: emailOutbox.status,
        lastError: emailOutbox.lastError,
        at: emailOutbox.createdAt,
      })
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.firmId, ctx.firm.id),
          eq(emailOutbox.engagementId, engagementId),
          isNotNull(emailOutbox.respondentId),
        ),
      )
      .orderBy(emailOutbox.respondentId, desc(emailOutbox.createdAt), desc(emailOutbox.id)),
  ]);
  const linkCount = new Map(links.map((l) => [l.respondentId, l.n]));
  const latest = new Map(emails.map(({ respondentId, ...e }) => [respondentId, e]));
  return people.map((p) => ({ ...p, activeLinks: linkCount.get(p.id) ?? 0, latestEmail: latest.get(p.id) ?? null }));
}

export async function getRespondent(ctx: FirmContext, engagementId: string, respondentId: string): Promise<Respondent> {
  return findRespondent(ctx.db, ctx, engagementId, respondentId);
}

/**
 * Adds one person and issues their first personal link, returned once to be copied. The same
 * e-mail address twice on one engagement is refused (case-insensitive).
 */
export async function addRespondent(
  ctx: FirmContext,
  engagementId: string,
  input: RespondentInput,
): Promise<{ respondentId: string; link: string }> {
  const email = normaliseRespondentEmail(input.email);
  try {
    return await ctx.db.transaction(async (tx) => {
      await lockEngagement(tx, ctx, engagementId, { open: true });
      const [taken] = await tx
        .select({ id: respondents.id })
        .from(respondents)
        .where(and(eq(respondents.engagementId, engagementId), eq(sql`lower(${respondents.email})`, email)));
      if (taken) throw new AppError("duplicate_respondent");
      const [row] = await tx
        .insert(respondents)
        .values({ ...input, email, firmId: ctx.firm.id, engagementId })
        .returning({ id: respondents.id });
      const respondentId = row!.id;
      const link = await issueRespondentLink(tx, respondentId);
      await writeAudit(tx, {
        firmId: ctx.firm.id,
        actorUserId: ctx.user.id,
        action: "respondent.added",
        entityType: "respondent",
        entityId: respondentId,
        details: { engagementId },
      });
      return { respondentId, link };
    });
  } catch (error) {
    translateWriteError(error);
  }
}

const EDITABLE = ["name", "email", "roleGroup", "team", "locale"] as const;

/** Edits a person's details; the audit entry names the changed fields, never their values. */
export async function updateRespondent(
  ctx: FirmContext,
  engagementId: string,
  respondentId: string,
  input: RespondentInput,
): Promise<{ changed: string[] }> {
  const next = { ...input, email: normaliseRespondentEmail(input.email) };
  try {
    return await ctx.db.transaction(async (tx) => {
      await lockEngagement(tx, ctx, engagementId, { open: true });
      const current = await findRespondent(tx, ctx, engagementId, respondentId);
      const changed = EDITABLE.filter((f) => current[f] !== next[f]);
      if (changed.length === 0) return { changed: [] };
      if (changed.includes("email")) {
        const [taken] = await tx
          .select({ id: respondents.id })
          .from(respondents)
          .where(
            and(
              eq(respondents.engagementId, engagementId),
              eq(sql`lower(${respondents.email})`, next.email),
              ne(respondents.id, respondentId),
            ),
          );
        if (taken) throw new AppError("duplicate_respondent");
      }
      await tx
        .update(respondents)
        .set({ ...next, updatedAt: sql`now()` })
        .where(and(eq(respondents.id, respondentId), eq(respondents.firmId, ctx.firm.id)));
      await writeAudit(tx, {
        firmId: ctx.firm.id,
        actorUserId: ctx.user.id,
        action: "respondent.updated",
        entityType: "respondent",
        entityId: respondentId,
        details: { engagementId, fields: changed },
      });
      return { changed };
    });
  } catch (error) {
    translateWriteError(error);
  }
}

/**
 * Erasure: deletes the person, which cascades to their links, outbox messages (and answers).
 * Allowed in every engagement status: the right to be forgotten does not end when a scan
 * closes. The audit entry records who erased which id, nothing about the person.
 */
export async function removeRespondent(ctx: FirmContext, engagementId: string, respondentId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await lockEngagement(tx, ctx, engagementId, { open: false });
    await findRespondent(tx, ctx, engagementId, respondentId);
    await tx.delete(respondents).where(and(eq(respondents.id, respondentId), eq(respondents.firmId, ctx.firm.id)));
    // Aggregates are recomputed without the person, the frozen benchmark figures too.
    await clearBenchmarkFigures(tx, ctx.firm.id, [engagementId]);
    await writeAudit(tx, {
      firmId: ctx.firm.id,
      actorUserId: ctx.user.id,
      action: "respondent.erased",
      entityType: "respondent",
      entityId: respondentId,
      details: { engagementId },
    });
  });
}
