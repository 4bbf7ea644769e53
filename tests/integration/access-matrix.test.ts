/**
 * The access matrix walk: every page, route handler and server action × every role, through
 * the real authorization code, against the seeded database (PGlite, and PostgreSQL when
 * configured). The outcome must equal tests/access/access-matrix.ts.
 *
 * Only the request is faked, never the database: next-auth's getServerSession returns the
 * role's JWT claims ({ uid, sv } of its real seeded user), next/headers' cookies() carries the
 * role's scan cookie, and getDb() hands out this run's (real) test database. revalidatePath and
 * connection() are no-ops outside Next.
 *
 * - Pages: the guard their source calls (requirePage("<permission>") — extracted as in
 *   tests/static/access-conventions — requirePortal(), or the scan state) runs for real, then
 *   the firm-checked loader of each record in the URL (firm A's client Groen, its published demo
 *   engagement, a respondent, an outbox message). Pages without a guard must be public.
 * - Route handlers: the exported GET/POST is called with a Request built for the role.
 * - Actions: the real action function. Past the wrapper (permission), a caller of another firm
 *   is handed firm A's record and must get not_found.
 */
import { and, eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { clientManagers, emailOutbox, firms, respondents, roadmaps, users } from "../../db/schema";
import { DEMO_LOGINS } from "../../db/seed";
import { resolveFirmContext } from "../../lib/auth/context";
import { solidPng } from "../../lib/branding/testing/images";
import { PILLAR_KEYS } from "../../lib/model/types";
import { createScanSession, SCAN_COOKIE } from "../../lib/scan/session";
import { ACTIONS, PAGES, ROLES, ROUTES, type Role } from "../access/access-matrix";
import { discoverPages, discoverRoutes, loadActions } from "../access/discover";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";

const request = vi.hoisted(() => ({ session: null as { uid: string; sv: number } | null, scanToken: null as string | null }));

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: async () => request.session }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "salesradar_scan" && request.scanToken ? { name, value: request.scanToken } : undefined),
    has: (name: string) => name === "salesradar_scan" && request.scanToken !== null,
    getAll: () => (request.scanToken ? [{ name: "salesradar_scan", value: request.scanToken }] : []),
    set: () => undefined,
    delete: () => undefined,
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), connection: async () => undefined }));
vi.mock("../../db/index", async (original) => {
  const { testDatabase: open } = await import("../support/db");
  return { ...(await original<object>()), getDb: () => open() };
});

// Test files share one module registry (isolate: false): leave no module behind that was
// loaded against these fakes, and no fake behind either.
afterAll(() => {
  for (const id of ["next-auth", "next/headers", "next/cache", "next/server", "../../db/index"]) vi.doUnmock(id);
  vi.resetModules();
});

const db = await testDatabase();
const ORIGIN = "http://localhost:3000";
let f: Awaited<ReturnType<typeof seededFirms>>;
const sessions = new Map<Role, { uid: string; sv: number } | null>();
let scanToken: string;
const ids = { client: "", engagement: "", respondent: "", message: "", manager: "", member: "" };
let actions: Awaited<ReturnType<typeof loadActions>>;

async function sessionFor(email: string) {
  const [u] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return { uid: u!.id, sv: u!.sessionVersion };
}

function actAs(role: Role) {
  request.session = sessions.get(role) ?? null;
  request.scanToken = role === "respondent" ? scanToken : null;
}

type Outcome = "allowed" | "not_found" | "login" | "denied";

/** Next's notFound() and redirect() throw errors marked by their digest. */
function outcomeOfThrow(error: unknown): Outcome {
  const digest = (error as { digest?: unknown })?.digest;
  if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "not_found";
  if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") && digest.includes(";/login;")) return "login";
  // By code, not by class: the loaders are imported afresh (vi.resetModules), with their own copy of lib/errors.
  if (error instanceof Error && (error as { code?: unknown }).code === "not_found") return "not_found";
  throw error;
}

beforeAll(async () => {
  // Modules cached by an earlier file (possibly against its own fakes) are loaded afresh.
  vi.resetModules();
  await resetDatabase(db);
  f = await seededFirms(db, { publish: true });
  const groen = f.firmAClients.find((c) => c.name === "Groen Installatietechniek")!;
  const bakkerij = f.firmAClients.find((c) => c.name.startsWith("Bakkerij"))!;
  ids.client = groen.id;
  ids.engagement = f.firmAEngagements.find((e) => e.title === "Scan salesteam Q4")!.id;
  ids.respondent = (await db.select().from(respondents).where(eq(respondents.engagementId, ids.engagement)))[0]!.id;
  ids.member = f.consultant.user.id;
  sessions.set("owner", await sessionFor(DEMO_LOGINS.owner));
  sessions.set("consultant", await sessionFor(DEMO_LOGINS.consultant));
  sessions.set("otherFirm", await sessionFor(DEMO_LOGINS.otherFirmConsultant));
  sessions.set("manager", await sessionFor(DEMO_LOGINS.manager));
  const [other] = await db.insert(users).values({ email: "ander@bakkerij.example", name: "Anna Ander" }).returning();
  await db.insert(clientManagers).values({ firmId: f.owner.firm.id, clientId: bakkerij.id, userId: other!.id });
  sessions.set("otherManager", { uid: other!.id, sv: other!.sessionVersion });
  sessions.set("respondent", null);
  sessions.set("anonymous", null);
  // The respondent: a submitted respondent of the open Bakkerij scan, with a scan session.
  const open = f.firmAEngagements.find((e) => e.status === "open")!;
  const [person] = await db
    .select()
    .from(respondents)
    .where(and(eq(respondents.engagementId, open.id), sql`${respondents.submittedAt} is not null`));
  scanToken = (await createScanSession(db, person!.id)).token;
  // A logo, so the logo routes answer 200 to whoever may see it.
  await db.update(firms).set({ logo: solidPng(120, 40), logoMimeType: "image/png" }).where(eq(firms.id, f.owner.firm.id));
  // An outbox message and a manager row of firm A (the invitation of a second Groen manager).
  const { inviteManager } = await import("../../lib/managers/queries");
  ids.manager = (await inviteManager(f.consultant, { clientId: groen.id, name: "Walk Manager", email: "walk@groen.example", locale: "nl" })).managerId;
  ids.message = (await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, "walk@groen.example")))[0]!.id;
  actions = await loadActions();
});

// ---------------------------------------------------------------------------------- pages

type Guard = { kind: "firm"; permission: string } | { kind: "portal" } | { kind: "scan" } | { kind: "none" };

function guardOf(source: string): Guard {
  const firm = /await requirePage\(\s*"([a-z.]+)"\s*\)/.exec(source);
  if (firm) return { kind: "firm", permission: firm[1]! };
  if (/await requirePortal\(\)/.test(source)) return { kind: "portal" };
  if (/await getScanState\(\)/.test(source)) return { kind: "scan" };
  return { kind: "none" };
}

async function pageOutcome(url: string, guard: Guard): Promise<Outcome> {
  const { requirePage } = await import("../../lib/auth/session");
  const { requirePortal } = await import("../../lib/portal/session");
  try {
    if (guard.kind === "none") return "allowed";
    if (guard.kind === "scan") {
      const { getScanState } = await import("../../lib/scan/context");
      return (await getScanState()).kind === "invalid" ? "denied" : "allowed";
    }
    if (guard.kind === "portal") {
      const ctx = await requirePortal();
      if (url.includes("[engagementId]")) await (await import("../../lib/portal/queries")).getPortalReport(ctx, ids.engagement);
      return "allowed";
    }
    const ctx = await requirePage(guard.permission as Parameters<typeof requirePage>[0]);
    if (url.includes("[clientId]")) await (await import("../../lib/clients/queries")).getClient(ctx, ids.client);
    if (url.includes("[engagementId]")) await (await import("../../lib/engagements/queries")).getEngagement(ctx, ids.engagement);
    if (url.includes("[respondentId]")) await (await import("../../lib/respondents/queries")).getRespondent(ctx, ids.engagement, ids.respondent);
    if (url.includes("[messageId]")) await (await import("../../lib/email/queries")).getOutboxMessage(ctx, ids.message);
    return "allowed";
  } catch (error) {
    return outcomeOfThrow(error);
  }
}

describe("pages", () => {
  const pages = discoverPages();
  it.each(pages.map((p) => [p.url, p] as const))("%s", async (url, page) => {
    const guard = guardOf(page.source);
    const expected = PAGES[url];
    expect(expected, `${url} is missing from the matrix`).toBeDefined();
    if (guard.kind === "none") expect(expected, `${url} has no guard, so it must be public`).toEqual(ROLES);
    for (const role of ROLES) {
      actAs(role);
      const outcome = await pageOutcome(url, guard);
      expect(outcome === "allowed", `${role} on ${url}: ${outcome}`).toBe(expected!.includes(role));
      // How a refusal looks: managers never see that a consultant page exists (and the other
      // way round); anonymous visitors are sent to the login page.
      if (guard.kind === "firm" && (role === "manager" || role === "otherManager")) expect(outcome, `${role} on ${url}`).toBe("not_found");
      if (guard.kind === "portal" && (role === "owner" || role === "consultant" || role === "otherFirm")) expect(outcome, `${role} on ${url}`).toBe("not_found");
      if (guard.kind !== "none" && guard.kind !== "scan" && role === "anonymous") expect(outcome, url).toBe("login");
    }
  });
});

// ---------------------------------------------------------------------------------- routes

const SESSION_READERS = /getFirmContext|getManagerContext|getServerSession|sessionOf|requirePage|requirePortal|getScanState/;

function routeRequest(method: string, url: string, role: Role): NextRequest {
  const path = url.replace("[engagementId]", ids.engagement).replace("[firmId]", f.owner.firm.id);
  const headers = new Headers({ origin: ORIGIN });
  if (role === "respondent") headers.set("cookie", `${SCAN_COOKIE}=${scanToken}`);
  let body: string | undefined;
  if (method === "POST" && path === "/api/scan/answers") {
    headers.set("content-type", "application/json");
    body = JSON.stringify({ answers: [{ key: "item:organisation.crm", value: "3", seq: 999_999 }] });
  } else if (method === "POST") {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = "locale=nl&next=%2Fscan%2Freview";
  }
  return new NextRequest(`${ORIGIN}${path}`, { method, headers, body });
}

/** Past authorization: 2xx; a redirect elsewhere than back to the scan's start; a business refusal that is not about the session. */
async function routeOutcome(response: Response): Promise<Outcome> {
  if (response.status >= 200 && response.status < 300) return "allowed";
  if (response.status === 303) return response.headers.get("location") === "/scan" ? "denied" : "allowed";
  if (response.status === 404) return "not_found";
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error === "invalid_session" || response.status === 401 || response.status === 403 ? "denied" : "allowed";
}

describe("route handlers", () => {
  const routes = discoverRoutes();
  it.each(routes.map((r) => [r.key, r] as const))("%s", async (key, route) => {
    const expected = ROUTES[key];
    expect(expected, `${key} is missing from the matrix`).toBeDefined();
    if (expected!.length === ROLES.length) {
      // Public: the handler must not depend on who asks.
      expect(SESSION_READERS.test(route.source), `${key} is public but reads a session`).toBe(false);
      if (key !== "GET /api/firms/[firmId]/logo") return;
    }
    const mod = (await import(route.file)) as Record<string, (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>>;
    const params = Promise.resolve({ engagementId: ids.engagement, firmId: f.owner.firm.id });
    for (const role of ROLES) {
      actAs(role);
      const response = await mod[route.method]!(routeRequest(route.method, route.url, role), { params });
      const outcome = await routeOutcome(response);
      expect(outcome === "allowed", `${role} on ${key}: ${response.status} ${outcome}`).toBe(expected!.includes(role));
      if (outcome !== "allowed") expect(response.headers.get("cache-control") ?? "", key).toMatch(/no-store/);
    }
  }, 60_000);
});

// ---------------------------------------------------------------------------------- actions

/** Valid input naming firm A's record, for a caller of another firm who got past the wrapper. */
async function firmARecordInput(name: string): Promise<Record<string, unknown>> {
  const engagement = { engagementId: ids.engagement };
  const respondent = { ...engagement, respondentId: ids.respondent };
  const person = { name: "Walk Persoon", email: "walk.persoon@example.nl", roleGroup: "sales", team: "", locale: "nl" };
  const settings = { clientId: ids.client, title: "Walk", scanLocale: "nl", closesAt: "", anonymityK: "3", weighting: "role_group", previousEngagementId: "", inviteIntro: "", autoReminderDaysBefore: "" };
  const [roadmap] = await db.select().from(roadmaps).where(eq(roadmaps.engagementId, ids.engagement));
  const inputs: Record<string, Record<string, unknown>> = {
    "team.remove-member": { userId: ids.member },
    "team.reissue-set-password-link": { userId: ids.member },
    "team.send-password-reset": { userId: ids.member },
    "clients.update": { clientId: ids.client, name: "Walk", industry: "manufacturing", sizeBand: "", country: "", notes: "" },
    "clients.archive": { clientId: ids.client },
    "clients.unarchive": { clientId: ids.client },
    "managers.invite": { clientId: ids.client, name: "Walk", email: "walk.other@example.nl", locale: "nl" },
    "managers.resend-invitation": { managerId: ids.manager },
    "managers.reinvite": { managerId: ids.manager },
    "managers.revoke": { managerId: ids.manager },
    "engagements.create": settings,
    "engagements.update": { ...settings, ...engagement, revision: "1" },
    "engagements.change-status": { ...engagement, to: "closed" },
    "respondents.add": { ...engagement, ...person },
    "respondents.preview-import": { ...engagement, text: "naam;e-mail\nA;a@example.nl" },
    "respondents.import": { ...engagement, text: "naam;e-mail\nA;a@example.nl" },
    "respondents.update": { ...respondent, ...person },
    "respondents.remove": respondent,
    "respondents.create-link": respondent,
    "respondents.reissue-link": respondent,
    "respondents.revoke-links": respondent,
    "invitations.send-invitations": { ...engagement, fingerprint: "walk" },
    "invitations.send-reminders": { ...engagement, fingerprint: "walk" },
    "results.save-ratings": { ...engagement, ...Object.fromEntries(PILLAR_KEYS.flatMap((p) => [[`level_${p}`, "3"], [`note_${p}`, ""]])) },
    "roadmap.generate": engagement,
    "roadmap.regenerate": { ...engagement, revision: roadmap!.revision },
    "roadmap.save": { ...engagement, revision: roadmap!.revision, document: roadmap!.document },
    "reports.publish": { ...engagement, revision: roadmap!.revision },
  };
  const input = inputs[name];
  if (!input) throw new Error(`no firm A input for ${name}`);
  return input;
}

type ActionFn = (previous: unknown, input: Record<string, unknown>) => Promise<{ ok: boolean; error?: string }>;

async function actionOutcome(name: string, role: Role): Promise<Outcome> {
  const fn = actions.exports.get(name) as ActionFn;
  // Empty input: the wrapper's authentication and permission come first, then validation.
  const first = await fn(null, name === "portal.set-locale" ? { locale: "nl" } : {});
  if (!first.ok && (first.error === "unauthenticated" || first.error === "forbidden")) return "denied";
  const session = sessions.get(role);
  const ctx = session ? await resolveFirmContext(db, session) : null;
  if (ACTIONS[name]!.record && ctx && ctx.firm.id !== f.owner.firm.id) {
    const result = await fn(null, await firmARecordInput(name));
    expect(result, `${role} → ${name} with firm A's record`).toEqual({ ok: false, error: "not_found" });
    return "not_found";
  }
  return "allowed";
}

describe("server actions", () => {
  it("every registered action has its function and a matrix entry", () => {
    expect([...actions.registry.keys()].sort()).toEqual([...actions.exports.keys()].sort());
    expect(Object.keys(ACTIONS).sort()).toEqual([...actions.registry.keys()].sort());
  });

  it.each(Object.keys(ACTIONS).sort())("%s", async (name) => {
    const expected = ACTIONS[name]!.allow;
    for (const role of ROLES) {
      actAs(role);
      const outcome = await actionOutcome(name, role);
      expect(outcome === "allowed", `${role} → ${name}: ${outcome}`).toBe(expected.includes(role));
    }
  });
});
