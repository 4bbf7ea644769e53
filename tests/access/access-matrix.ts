/**
 * THE ACCESS MATRIX: who may open every page, call every route handler and run every server
 * action, for the record in the URL (firm A's client Groen and its published demo engagement).
 *
 * It lives beside the tests, not in lib/, on purpose: it is an independent statement of the
 * intended policy that two tests hold the real code to. tests/static/access-matrix.test.ts
 * fails when a page, route or action exists that is not listed here (or the other way round);
 * tests/integration/access-matrix.test.ts walks every entry × every role through the real
 * guards (requirePage / requirePortal / the scan session, the firm-checked loaders, the route
 * handlers, the action wrappers) and compares the outcome with this table. The app never reads
 * this file, so the table cannot approve itself.
 *
 * Roles (seeded users): firm A's owner and consultant, a consultant of firm B ("otherFirm"),
 * the manager of client Groen ("manager"), a manager of firm A's other client Bakkerij
 * ("otherManager"), a respondent with a scan session ("respondent"), and nobody ("anonymous").
 * "Allowed" means the role gets past authorization for the walk's target; for pages and
 * actions that name no record (lists, "new" forms, the caller's own account or firm) a
 * consultant of firm B is allowed, because they act on their own firm.
 */
export const ROLES = ["owner", "consultant", "otherFirm", "manager", "otherManager", "respondent", "anonymous"] as const;
export type Role = (typeof ROLES)[number];

const FIRM: readonly Role[] = ["owner", "consultant"];
const FIRM_OWN: readonly Role[] = ["owner", "consultant", "otherFirm"];
const OWNER_OWN: readonly Role[] = ["owner", "otherFirm"];
const EVERYONE: readonly Role[] = ROLES;
const RESPONDENT: readonly Role[] = ["respondent"];
const MANAGER: readonly Role[] = ["manager"];
const ANY_MANAGER: readonly Role[] = ["manager", "otherManager"];

/** Pages by URL pattern (app/**\/page.tsx without route groups). */
export const PAGES: Readonly<Record<string, readonly Role[]>> = {
  // Public: the login, setting a password from a link, the scan link's landing page, and "/" (sends each role on).
  "/": EVERYONE,
  "/login": EVERYONE,
  "/set-password/[token]": EVERYONE,
  "/s/[token]": EVERYONE,
  // The scan itself: only with a scan session (others get the "invalid link" page).
  "/scan": RESPONDENT,
  "/scan/pillar/[n]": RESPONDENT,
  "/scan/kpis": RESPONDENT,
  "/scan/review": RESPONDENT,
  "/scan/thanks": RESPONDENT,
  // The client portal.
  "/portal": ANY_MANAGER,
  "/portal/engagements/[engagementId]": MANAGER,
  // Consultant pages without a record: each firm sees its own.
  "/dashboard": FIRM_OWN,
  "/clients": FIRM_OWN,
  "/clients/new": FIRM_OWN,
  "/engagements": FIRM_OWN,
  "/engagements/new": FIRM_OWN,
  "/model": FIRM_OWN,
  "/outbox": FIRM_OWN,
  "/team": FIRM_OWN,
  "/settings": FIRM_OWN,
  "/account": FIRM_OWN,
  // Consultant pages of a firm A record.
  "/clients/[clientId]": FIRM,
  "/clients/[clientId]/edit": FIRM,
  "/engagements/[engagementId]": FIRM,
  "/engagements/[engagementId]/settings": FIRM,
  "/engagements/[engagementId]/invitations": FIRM,
  "/engagements/[engagementId]/respondents": FIRM,
  "/engagements/[engagementId]/respondents/import": FIRM,
  "/engagements/[engagementId]/respondents/[respondentId]/edit": FIRM,
  "/engagements/[engagementId]/results": FIRM,
  "/engagements/[engagementId]/results/pillars": FIRM,
  "/engagements/[engagementId]/results/groups": FIRM,
  "/engagements/[engagementId]/results/items": FIRM,
  "/engagements/[engagementId]/results/items/[itemKey]": FIRM,
  "/engagements/[engagementId]/results/kpis": FIRM,
  "/engagements/[engagementId]/results/trend": FIRM,
  "/engagements/[engagementId]/results/rating": FIRM,
  "/engagements/[engagementId]/results/respondents": FIRM,
  "/engagements/[engagementId]/results/respondents/compare": FIRM,
  "/engagements/[engagementId]/roadmap": FIRM,
  "/engagements/[engagementId]/roadmap/preview": FIRM,
  "/outbox/[messageId]": FIRM,
};

/** Route handlers by "METHOD /url-pattern" (app/**\/route.ts without route groups). */
export const ROUTES: Readonly<Record<string, readonly Role[]>> = {
  "GET /api/health": EVERYONE,
  "GET /api/auth/[...nextauth]": EVERYONE,
  "POST /api/auth/[...nextauth]": EVERYONE,
  // The personal link is the credential, whoever holds it.
  "POST /s/[token]/start": EVERYONE,
  // Public by design: respondents and mail clients load it without a session.
  "GET /api/firms/[firmId]/logo": EVERYONE,
  "GET /api/scan/answers": RESPONDENT,
  "POST /api/scan/answers": RESPONDENT,
  "POST /api/scan/locale": RESPONDENT,
  "POST /api/scan/submit": RESPONDENT,
  "GET /api/scan/logo": RESPONDENT,
  "GET /engagements/[engagementId]/results/export/answers": FIRM,
  "GET /engagements/[engagementId]/results/export/aggregates": FIRM,
  "GET /api/engagements/[engagementId]/report": FIRM,
  "GET /api/portal/engagements/[engagementId]/report": MANAGER,
};

/**
 * Server actions by registered name. `record` says which firm A record the walk passes to a
 * consultant of firm B (who must get not_found); actions without one act on the caller's own
 * firm or account.
 */
export type ActionRecord = "client" | "engagement" | "respondent" | "manager" | "member" | "roadmap" | null;
export const ACTIONS: Readonly<Record<string, { readonly allow: readonly Role[]; readonly record: ActionRecord }>> = {
  "auth.set-password": { allow: EVERYONE, record: null },
  "portal.set-locale": { allow: ANY_MANAGER, record: null },
  "account.set-locale": { allow: FIRM_OWN, record: null },
  "account.start-two-factor": { allow: FIRM_OWN, record: null },
  "account.confirm-two-factor": { allow: FIRM_OWN, record: null },
  "account.replace-recovery-codes": { allow: FIRM_OWN, record: null },
  "account.disable-two-factor": { allow: FIRM_OWN, record: null },
  "account.sign-out-everywhere": { allow: FIRM_OWN, record: null },
  "firm.rename": { allow: OWNER_OWN, record: null },
  "firm.set-two-factor-policy": { allow: OWNER_OWN, record: null },
  "firm.save-branding": { allow: OWNER_OWN, record: null },
  "firm.upload-logo": { allow: OWNER_OWN, record: null },
  "firm.remove-logo": { allow: OWNER_OWN, record: null },
  "team.add-consultant": { allow: OWNER_OWN, record: null },
  "team.remove-member": { allow: ["owner"], record: "member" },
  "team.reissue-set-password-link": { allow: ["owner"], record: "member" },
  "team.send-password-reset": { allow: ["owner"], record: "member" },
  "clients.create": { allow: FIRM_OWN, record: null },
  "clients.update": { allow: FIRM, record: "client" },
  "clients.archive": { allow: FIRM, record: "client" },
  "clients.unarchive": { allow: FIRM, record: "client" },
  "managers.invite": { allow: FIRM, record: "client" },
  "managers.resend-invitation": { allow: FIRM, record: "manager" },
  "managers.reinvite": { allow: FIRM, record: "manager" },
  "managers.revoke": { allow: FIRM, record: "manager" },
  "engagements.create": { allow: FIRM, record: "client" },
  "engagements.update": { allow: FIRM, record: "engagement" },
  "engagements.change-status": { allow: FIRM, record: "engagement" },
  "respondents.add": { allow: FIRM, record: "engagement" },
  "respondents.preview-import": { allow: FIRM, record: "engagement" },
  "respondents.import": { allow: FIRM, record: "engagement" },
  "respondents.update": { allow: FIRM, record: "respondent" },
  "respondents.remove": { allow: FIRM, record: "respondent" },
  "respondents.create-link": { allow: FIRM, record: "respondent" },
  "respondents.reissue-link": { allow: FIRM, record: "respondent" },
  "respondents.revoke-links": { allow: FIRM, record: "respondent" },
  "invitations.send-invitations": { allow: FIRM, record: "engagement" },
  "invitations.send-reminders": { allow: FIRM, record: "engagement" },
  "results.save-ratings": { allow: FIRM, record: "engagement" },
  "roadmap.generate": { allow: FIRM, record: "engagement" },
  "roadmap.regenerate": { allow: FIRM, record: "engagement" },
  "roadmap.save": { allow: FIRM, record: "roadmap" },
  "reports.publish": { allow: FIRM, record: "engagement" },
};

/** Where the scan, the portal and the consultants' own pages are public: never anything else. */
export const PUBLIC_ONLY_ROLES: readonly Role[] = ["respondent", "anonymous"];
