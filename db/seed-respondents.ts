/**
 * Demo respondents: the open Bakkerij engagement has people in every tracking status; the
 * closed Groen engagement has about twenty submitted responses across role groups, so the
 * results pages have something real to show. Links are stored as hashes only (the raw tokens
 * are discarded, as in production after delivery); answers come from ./seed-answers.
 */
import { createHash, randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { allItems, getModel } from "../lib/model";
import type { PillarKey, RoleGroup } from "../lib/model/types";
import { respondentLinks, respondents, scanAnswers } from "./schema";
import { demoAnswers } from "./seed-answers";
import type { Executor } from "./types";

type DemoStatus = "not_invited" | "invited" | "opened" | "in_progress" | "submitted" | "link_revoked";
interface DemoPerson {
  name: string;
  roleGroup: RoleGroup;
  team: string | null;
  status: DemoStatus;
  answered?: number;
  locale?: "nl" | "en";
}
export interface DemoPanel {
  readonly domain: string;
  readonly organisation: Readonly<Record<PillarKey, number>>;
  readonly people: readonly DemoPerson[];
}

export const BAKKERIJ_PANEL: DemoPanel = {
  domain: "bakkerijvandijk.example",
  organisation: { organisation: 2.4, marketing: 1.9, coaching: 1.7, leadership: 2.6, accounts: 2.2 },
  people: [
    { name: "Marieke van Dijk", roleGroup: "management", team: null, status: "submitted" },
    { name: "Johan Bakker", roleGroup: "management", team: null, status: "in_progress", answered: 14 },
    { name: "Sanne de Vries", roleGroup: "sales", team: "Binnendienst", status: "submitted" },
    { name: "Thomas Jansen", roleGroup: "sales", team: "Buitendienst", status: "submitted" },
    { name: "Fatima el Amrani", roleGroup: "sales", team: "Buitendienst", status: "invited" },
    { name: "Pieter Visser", roleGroup: "sales", team: "Binnendienst", status: "opened" },
    { name: "Lotte Smit", roleGroup: "marketing", team: null, status: "in_progress", answered: 6 },
    { name: "Bram Meijer", roleGroup: "account_management", team: "Retail", status: "invited" },
    { name: "Eva Mulder", roleGroup: "account_management", team: "Foodservice", status: "link_revoked" },
    { name: "Daan de Boer", roleGroup: "customer_service", team: null, status: "not_invited" },
    { name: "Noor Hendriks", roleGroup: "customer_service", team: null, status: "not_invited" },
    { name: "Kevin Peters", roleGroup: "other", team: null, status: "invited", locale: "en" },
  ],
};

const submitted = (name: string, roleGroup: RoleGroup, team: string | null, locale: "nl" | "en" = "nl"): DemoPerson => ({
  name,
  roleGroup,
  team,
  status: "submitted",
  locale,
});

export const GROEN_PANEL: DemoPanel = {
  domain: "groen-installatie.example",
  organisation: { organisation: 3.1, marketing: 2.3, coaching: 2.6, leadership: 3.3, accounts: 2.8 },
  people: [
    submitted("Henk Groen", "management", null),
    submitted("Ingrid Vermeulen", "management", null),
    submitted("Ruud Kuipers", "management", null),
    submitted("Anouk Willems", "sales", "Noord"),
    submitted("Jeroen de Graaf", "sales", "Noord"),
    submitted("Mehmet Yilmaz", "sales", "Noord"),
    submitted("Sophie Dekker", "sales", "Zuid"),
    submitted("Wouter van Leeuwen", "sales", "Zuid"),
    submitted("Lisa Brouwer", "sales", "Zuid", "en"),
    submitted("Ahmed Bouzid", "sales", "Zuid"),
    submitted("Femke de Wit", "marketing", null),
    submitted("Joost Schouten", "marketing", null),
    submitted("Laura Koster", "account_management", "Zakelijk"),
    submitted("Martijn Prins", "account_management", "Zakelijk"),
    submitted("Esther Vos", "account_management", "Overheid"),
    submitted("Rik Hoekstra", "customer_service", null),
    submitted("Yvonne Bos", "customer_service", null),
    submitted("Stefan Huisman", "customer_service", null),
    submitted("Kim van der Berg", "customer_service", null),
    submitted("Gerrit Postma", "other", null),
    { name: "Tim Veenstra", roleGroup: "sales", team: "Noord", status: "in_progress", answered: 11 },
    { name: "Nadia Rahimi", roleGroup: "customer_service", team: null, status: "invited" },
  ],
};

const emailOf = (name: string, domain: string) =>
  `${name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]+/g, ".")}@${domain}`;

/** Adds the panel's people (once: skipped when the engagement already has respondents). */
export async function seedDemoRespondents(
  tx: Executor,
  firmId: string,
  engagementId: string,
  panel: DemoPanel,
  modelVersion: string,
): Promise<void> {
  const [existing] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(respondents)
    .where(eq(respondents.engagementId, engagementId));
  if ((existing?.n ?? 0) > 0) return;
  const itemCount = allItems(getModel(modelVersion)).length;
  const now = Date.now();
  const daysAgo = (d: number) => new Date(now - d * 24 * 60 * 60 * 1000);
  for (const [index, p] of panel.people.entries()) {
    const invited = p.status !== "not_invited";
    const started = ["opened", "in_progress", "submitted"].includes(p.status);
    const itemLimit = p.status === "submitted" ? itemCount : (p.answered ?? 0);
    const [row] = await tx
      .insert(respondents)
      .values({
        firmId,
        engagementId,
        name: p.name,
        email: emailOf(p.name, panel.domain),
        roleGroup: p.roleGroup,
        team: p.team,
        locale: p.locale ?? "nl",
        invitedAt: invited ? daysAgo(9) : null,
        startedAt: started ? daysAgo(7 - (index % 4)) : null,
        answeredCount: itemLimit,
        submittedAt: p.status === "submitted" ? daysAgo(5 - (index % 4)) : null,
        linkRevokedAt: p.status === "link_revoked" ? daysAgo(1) : null,
      })
      .returning({ id: respondents.id });
    const respondentId = row!.id;
    if (invited) {
      await tx.insert(respondentLinks).values({
        respondentId,
        tokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
        revokedAt: p.status === "link_revoked" ? daysAgo(1) : null,
      });
    }
    if (itemLimit > 0) {
      const answers = demoAnswers(panel.organisation, p.roleGroup, 1000 + index * 17 + panel.domain.length, itemLimit, modelVersion);
      await tx.insert(scanAnswers).values(answers.map((a, i) => ({ respondentId, key: a.key, value: a.value, seq: i + 1 })));
    }
  }
}
