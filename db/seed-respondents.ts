/**
 * Demo respondents for the open demo engagement: people in every tracking status, so the
 * respondents page and the response rates have something real to show. Links are issued as
 * hashes only (the raw tokens are discarded, as in production after delivery).
 */
import { createHash, randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { RoleGroup } from "../lib/model/types";
import { respondentLinks, respondents } from "./schema";
import type { Executor } from "./types";

type DemoStatus = "not_invited" | "invited" | "opened" | "in_progress" | "submitted" | "link_revoked";

const PEOPLE: { name: string; roleGroup: RoleGroup; team: string | null; status: DemoStatus; answered?: number }[] = [
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
  { name: "Kevin Peters", roleGroup: "other", team: null, status: "invited" },
];

const emailOf = (name: string) =>
  `${name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]+/g, ".")}@bakkerijvandijk.example`;

export async function seedDemoRespondents(tx: Executor, firmId: string, engagementId: string): Promise<void> {
  const [existing] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(respondents)
    .where(eq(respondents.engagementId, engagementId));
  if ((existing?.n ?? 0) > 0) return;
  const now = Date.now();
  const daysAgo = (d: number) => new Date(now - d * 24 * 60 * 60 * 1000);
  for (const [index, p] of PEOPLE.entries()) {
    const invited = p.status !== "not_invited";
    const started = ["opened", "in_progress", "submitted"].includes(p.status);
    const [row] = await tx
      .insert(respondents)
      .values({
        firmId,
        engagementId,
        name: p.name,
        email: emailOf(p.name),
        roleGroup: p.roleGroup,
        team: p.team,
        locale: index === 11 ? "en" : "nl",
        invitedAt: invited ? daysAgo(6) : null,
        startedAt: started ? daysAgo(4) : null,
        answeredCount: p.status === "submitted" ? 25 : (p.answered ?? 0),
        submittedAt: p.status === "submitted" ? daysAgo(2) : null,
        linkRevokedAt: p.status === "link_revoked" ? daysAgo(1) : null,
      })
      .returning({ id: respondents.id });
    if (!invited) continue;
    const tokenHash = createHash("sha256").update(randomBytes(32)).digest("hex");
    await tx.insert(respondentLinks).values({
      respondentId: row!.id,
      tokenHash,
      revokedAt: p.status === "link_revoked" ? daysAgo(1) : null,
    });
  }
}
