/**
 * The demo seed: firm "Demo Advies" (owner + consultant, three clients, engagements in draft,
 * open and closed states with respondents and answers; the closed one is published with a
 * generated roadmap, and client Groen has a manager who sees it in the client portal) and a
 * second firm that shows tenant isolation. Idempotent: running it twice leaves the same rows.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { hashPassword } from "../lib/auth/password";
import { CURRENT_MODEL_VERSION } from "../lib/model/version";
import { clientManagers, clients, engagements, firms, memberships, users, type MembershipRole } from "./schema";
import { publishDemoReport } from "./seed-report";
import { BAKKERIJ_PANEL, GROEN_PANEL, seedDemoRespondents, type DemoPanel } from "./seed-respondents";
import type { Database, Executor } from "./types";

export const DEMO_PASSWORD = "salesradar-demo";
export const DEMO_LOGINS = {
  owner: "eigenaar@demo-advies.nl",
  consultant: "consultant@demo-advies.nl",
  otherFirmConsultant: "consultant@noord-salesadvies.nl",
  /** A client manager of Groen Installatietechniek: signs in to the client portal. */
  manager: "manager@groen.example",
} as const;

/** The demo engagement that is published (with a generated roadmap) for the client portal. */
export const DEMO_PUBLISHED = { client: "Groen Installatietechniek", engagement: "Scan salesteam Q4" } as const;
const DEMO_MANAGER = { email: DEMO_LOGINS.manager, name: "Gerda Groen", locale: "nl" as const };

interface SeedFirm {
  name: string;
  slug: string;
  primaryColor: string;
  accentColor: string;
  people: { email: string; name: string; role: MembershipRole; locale: "nl" | "en" }[];
  clients: {
    name: string;
    industry: string;
    sizeBand: string;
    country: string;
    /** `modelVersion` defaults to the current version (new engagements get it too). */
    engagements: { title: string; status: "draft" | "open" | "closed"; panel?: DemoPanel; modelVersion?: string }[];
    managers?: { email: string; name: string; locale: "nl" | "en" }[];
  }[];
}

const SEED: SeedFirm[] = [
  {
    name: "Demo Advies",
    slug: "demo-advies",
    primaryColor: "#1d4ed8",
    accentColor: "#f59e0b",
    people: [
      { email: DEMO_LOGINS.owner, name: "Eva de Eigenaar", role: "owner", locale: "nl" },
      { email: DEMO_LOGINS.consultant, name: "Kees Consultant", role: "consultant", locale: "nl" },
    ],
    clients: [
      {
        name: "Bakkerij Van Dijk B.V.",
        industry: "manufacturing",
        sizeBand: "51-250",
        country: "NL",
        engagements: [{ title: "Sales Maturity Scan 2026", status: "open", panel: BAKKERIJ_PANEL }],
      },
      {
        name: "TechnoFlex Software",
        industry: "it_software",
        sizeBand: "11-50",
        country: "NL",
        engagements: [{ title: "Nulmeting commerciële organisatie", status: "draft" }],
      },
      {
        name: "Groen Installatietechniek",
        industry: "construction_installation",
        sizeBand: "251-1000",
        country: "BE",
        engagements: [
          // Published before 2026.2 existed: stays on 2026.1 (its report version is frozen), so the
          // demo shows an old engagement that still opens, scores and renders.
          { title: "Scan salesteam Q4", status: "closed", panel: GROEN_PANEL, modelVersion: "2026.1" },
          { title: "Herhaalmeting 2027", status: "draft" },
        ],
        managers: [DEMO_MANAGER],
      },
    ],
  },
  {
    name: "Noord Salesadvies",
    slug: "noord-salesadvies",
    primaryColor: "#047857",
    accentColor: "#be123c",
    people: [{ email: DEMO_LOGINS.otherFirmConsultant, name: "Noor Noordhuis", role: "owner", locale: "nl" }],
    clients: [
      {
        name: "Havenbedrijf Delfzijl",
        industry: "logistics",
        sizeBand: "51-250",
        country: "NL",
        engagements: [{ title: "Maturity scan 2026", status: "draft" }],
      },
    ],
  },
];

async function ensureFirm(tx: Executor, f: SeedFirm): Promise<string> {
  const [existing] = await tx.select({ id: firms.id }).from(firms).where(eq(firms.slug, f.slug));
  if (existing) return existing.id;
  const [row] = await tx
    .insert(firms)
    .values({ name: f.name, slug: f.slug, primaryColor: f.primaryColor, accentColor: f.accentColor })
    .returning({ id: firms.id });
  return row!.id;
}

async function ensureUser(tx: Executor, p: { email: string; name: string; locale: "nl" | "en" }, passwordHash: string): Promise<string> {
  const [existing] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, p.email.toLowerCase()));
  if (existing) return existing.id;
  const [row] = await tx
    .insert(users)
    .values({ email: p.email, name: p.name, locale: p.locale, passwordHash })
    .returning({ id: users.id });
  return row!.id;
}

/**
 * Seeds the demo. `publish` (default true) also publishes the demo engagement through the
 * app's publish code (./seed-report); tests that need the engagement still closed pass false.
 */
export async function seedDemo(db: Database, options: { publish?: boolean } = {}): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const f of SEED) {
      const firmId = await ensureFirm(tx, f);
      let creator: string | null = null;
      for (const p of f.people) {
        const userId = await ensureUser(tx, p, passwordHash);
        creator ??= userId;
        await tx.insert(memberships).values({ firmId, userId, role: p.role }).onConflictDoNothing();
      }
      for (const c of f.clients) {
        let [client] = await tx
          .select({ id: clients.id })
          .from(clients)
          .where(and(eq(clients.firmId, firmId), eq(clients.name, c.name)));
        client ??= (
          await tx
            .insert(clients)
            .values({ firmId, name: c.name, industry: c.industry, sizeBand: c.sizeBand, country: c.country })
            .returning({ id: clients.id })
        )[0]!;
        for (const e of c.engagements) {
          const [found] = await tx
            .select({ id: engagements.id, modelVersion: engagements.modelVersion })
            .from(engagements)
            .where(and(eq(engagements.clientId, client.id), eq(engagements.title, e.title)));
          const engagementId: string =
            found?.id ??
            (
              await tx
                .insert(engagements)
                .values({
                  firmId,
                  clientId: client.id,
                  title: e.title,
                  status: e.status,
                  modelVersion: e.modelVersion ?? CURRENT_MODEL_VERSION,
                  createdBy: creator,
                })
                .returning({ id: engagements.id })
            )[0]!.id;
          const version = found?.modelVersion ?? e.modelVersion ?? CURRENT_MODEL_VERSION;
          if (e.panel) await seedDemoRespondents(tx, firmId, engagementId, e.panel, version);
        }
        for (const m of c.managers ?? []) {
          // A manager account: no firm membership, only a client_managers row.
          const userId = await ensureUser(tx, m, passwordHash);
          await tx.insert(clientManagers).values({ firmId, clientId: client.id, userId, invitedBy: creator }).onConflictDoNothing();
        }
      }
    }
  });
  if (options.publish ?? true) {
    const [demo] = await db
      .select({ id: engagements.id })
      .from(engagements)
      .innerJoin(clients, eq(clients.id, engagements.clientId))
      .innerJoin(firms, eq(firms.id, engagements.firmId))
      .where(and(eq(firms.slug, "demo-advies"), eq(clients.name, DEMO_PUBLISHED.client), eq(engagements.title, DEMO_PUBLISHED.engagement), inArray(engagements.status, ["closed", "published"])));
    if (demo) await publishDemoReport(db, { engagementId: demo.id, publisherEmail: DEMO_LOGINS.consultant });
  }
}

/** True when the database has no firm yet (a fresh install). */
export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(firms);
  return (row?.n ?? 0) === 0;
}
