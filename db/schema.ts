/**
 * The database schema: tables, relations and inferred types together.
 * A firm (the consultancy) is the tenant; every firm-owned row carries firm_id.
 */
import { relations, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  bigserial,
  primaryKey,
  check,
  type AnyPgColumn,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { PILLAR_KEYS, ROLE_GROUPS } from "../lib/model/types";
import type { RoadmapDocument } from "../lib/roadmap/document";
import type { BenchmarkFigures } from "../lib/scoring/benchmark";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const localeEnum = pgEnum("locale", ["nl", "en"]);
export const membershipRoleEnum = pgEnum("membership_role", ["owner", "consultant"]);
export const engagementStatusEnum = pgEnum("engagement_status", ["draft", "open", "closed", "published"]);
export const passwordTokenPurposeEnum = pgEnum("password_token_purpose", ["set_password", "reset_password"]);
export const weightingEnum = pgEnum("weighting", ["role_group", "respondent"]);
export const roleGroupEnum = pgEnum("role_group", ROLE_GROUPS);
export const pillarEnum = pgEnum("pillar", PILLAR_KEYS);
export const emailKindEnum = pgEnum("email_kind", ["invitation", "reminder", "set_password", "manager_invitation", "password_reset"]);
export const emailStatusEnum = pgEnum("email_status", ["queued", "sending", "sent", "failed"]);

export const firms = pgTable("firms", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  // Branding (edited by the firm owner in a later issue; used by the app header, scan, e-mails, PDF).
  primaryColor: text("primary_color"),
  accentColor: text("accent_color"),
  logo: bytea("logo"),
  logoMimeType: text("logo_mime_type"),
  footerText: text("footer_text"),
  reportLocale: localeEnum("report_locale").notNull().default("nl"),
  /** Set by an owner: every consultant and owner must sign in with a second step (TOTP). */
  requireTwoFactor: boolean("require_two_factor").notNull().default(false),
  createdAt: createdAt(),
});

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** Null until the user has set a password through a one-time link. */
    passwordHash: text("password_hash"),
    locale: localeEnum("locale").notNull().default("nl"),
    /** Bumped on password change or removal: older sessions stop working on the next request. */
    sessionVersion: integer("session_version").notNull().default(1),
    /** TOTP secret (RFC 6238), sealed with AES-256-GCM (lib/security/sealed.ts); set while enrolling. */
    totpSecret: text("totp_secret"),
    /** Set once the first code was confirmed: from then on sign-in asks for a code. */
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** The last accepted time step, so one code cannot be used twice. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`)],
);

/**
 * Signed-in sessions: the JWT carries a random session id, only its SHA-256 is stored. A row
 * deleted (sign-out, "sign out everywhere") ends that session on every instance at once.
 */
export const authSessions = pgTable(
  "auth_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId), index("auth_sessions_expires_idx").on(t.expiresAt)],
);

/** One-time recovery codes for two-step sign-in; only a hash is stored, a used code is gone. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: membershipRoleEnum("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("memberships_firm_user_unique").on(t.firmId, t.userId), index("memberships_user_idx").on(t.userId)],
);

export const clients = pgTable(
  "clients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    industry: text("industry").notNull(),
    sizeBand: text("size_band"),
    country: text("country"),
    notes: text("notes"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("clients_firm_idx").on(t.firmId)],
);

export const engagements = pgTable(
  "engagements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /**
     * The scan's title as respondents see it; null shows "Sales Maturity Scan — <client>".
     * `title` is the consultant's internal name and is never shown to respondents.
     */
    respondentTitle: text("respondent_title"),
    status: engagementStatusEnum("status").notNull().default("draft"),
    /** The maturity model version the engagement was created with; never changes afterwards. */
    modelVersion: text("model_version").notNull(),
    /** Default language of the scan and its e-mails; each respondent may have their own. */
    scanLocale: localeEnum("scan_locale").notNull().default("nl"),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    /** Minimum group size shown to client managers and in the PDF (never below 3). */
    anonymityK: integer("anonymity_k").notNull().default(3),
    weighting: weightingEnum("weighting").notNull().default("role_group"),
    previousEngagementId: uuid("previous_engagement_id").references((): AnyPgColumn => engagements.id, {
      onDelete: "set null",
    }),
    /** The consultant's own introduction in the invitation e-mail. */
    inviteIntro: text("invite_intro"),
    /** Send one automatic reminder this many days before closesAt (null: no automatic reminder). */
    autoReminderDaysBefore: integer("auto_reminder_days_before"),
    autoReminderSentAt: timestamp("auto_reminder_sent_at", { withTimezone: true }),
    /** Bumped on every edit; saves carry it so a concurrent edit is detected. */
    revision: integer("revision").notNull().default(1),
    /**
     * Pillar means in both weightings, frozen when the engagement closes (lib/results/benchmark-figures.ts)
     * and cleared when it reopens or a respondent is erased: the firm benchmark reads these instead
     * of re-scoring every answer of every engagement.
     */
    benchmarkFigures: jsonb("benchmark_figures").$type<BenchmarkFigures>(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("engagements_firm_idx").on(t.firmId),
    index("engagements_client_idx").on(t.clientId),
    check("engagements_anonymity_k_min", sql`${t.anonymityK} >= 3`),
  ],
);

export const respondents = pgTable(
  "respondents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagements.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    roleGroup: roleGroupEnum("role_group").notNull(),
    team: text("team"),
    locale: localeEnum("locale").notNull().default("nl"),
    /** Set when the consultant revoked the personal links; cleared when a new link is issued. */
    linkRevokedAt: timestamp("link_revoked_at", { withTimezone: true }),
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    lastRemindedAt: timestamp("last_reminded_at", { withTimezone: true }),
    /** Set when the respondent starts the scan (a POST), not when a mail scanner fetches the link. */
    startedAt: timestamp("started_at", { withTimezone: true }),
    answeredCount: integer("answered_count").notNull().default(0),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("respondents_engagement_email_unique").on(t.engagementId, sql`lower(${t.email})`),
    index("respondents_firm_idx").on(t.firmId),
    // The results query's filter: without it the planner misestimated the engagement's rows.
    index("respondents_engagement_submitted_idx").on(t.engagementId, t.submittedAt),
  ],
);

/**
 * Personal links of a respondent. Only the SHA-256 of each token is stored. Every e-mail
 * carries its own link (the raw token exists only until the message is delivered), all valid
 * until the consultant revokes them; revoking ends every link of the respondent at once.
 */
export const respondentLinks = pgTable(
  "respondent_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    respondentId: uuid("respondent_id")
      .notNull()
      .references(() => respondents.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("respondent_links_respondent_idx").on(t.respondentId)],
);

/**
 * Every answer of a respondent, one row per answer key: "item:<itemKey>", "desired:<pillar>",
 * "importance:<pillar>", "kpi:<kpiKey>", "comment:<pillar>". Autosave upserts by
 * (respondent, key) and keeps the row with the highest client sequence number, so a late or
 * repeated request never overwrites a newer answer.
 */
export const scanAnswers = pgTable(
  "scan_answers",
  {
    respondentId: uuid("respondent_id")
      .notNull()
      .references(() => respondents.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** "1"–"5", "dont_know", "not_applicable", "yes", "no", or free text for comments. */
    value: text("value").notNull(),
    seq: bigint("seq", { mode: "number" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.respondentId, t.key] })],
);

/** A respondent's scan session: the link's token is exchanged for this cookie on "Start". */
export const scanSessions = pgTable(
  "scan_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    respondentId: uuid("respondent_id")
      .notNull()
      .references(() => respondents.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("scan_sessions_respondent_idx").on(t.respondentId)],
);

/**
 * Transactional outbox: messages are written in the same transaction as the change that
 * causes them and delivered by the dispatcher. The link lives only in `secretLink` (and is
 * put into the bodies at send time); it is cleared once the message is delivered.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id").references(() => engagements.id, { onDelete: "cascade" }),
    respondentId: uuid("respondent_id").references(() => respondents.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    kind: emailKindEnum("kind").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    /** Bodies with the placeholder {{link}} where the personal link goes. */
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    secretLink: text("secret_link"),
    status: emailStatusEnum("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("email_outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("email_outbox_firm_idx").on(t.firmId, t.createdAt),
    index("email_outbox_respondent_idx").on(t.respondentId),
  ],
);

export const passwordTokens = pgTable(
  "password_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** SHA-256 of the token; the token itself is only ever shown once. */
    tokenHash: text("token_hash").notNull().unique(),
    purpose: passwordTokenPurposeEnum("purpose").notNull().default("set_password"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("password_tokens_user_idx").on(t.userId)],
);

/**
 * The consultant's own judgement per pillar of an engagement: a level 1–5 and a note. Shown
 * beside the respondents' figures, never mixed into them. One row per (engagement, pillar).
 */
export const consultantRatings = pgTable(
  "consultant_ratings",
  {
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagements.id, { onDelete: "cascade" }),
    pillar: pillarEnum("pillar").notNull(),
    level: integer("level").notNull(),
    note: text("note"),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.engagementId, t.pillar] }),
    index("consultant_ratings_firm_idx").on(t.firmId),
    check("consultant_ratings_level_range", sql`${t.level} between 1 and 5`),
  ],
);

/**
 * A client's managers: user accounts (no firm membership) that see the client's published
 * reports in the portal. One user may manage several clients of the same firm. Revoking sets
 * revokedAt; access is checked against this table on every request.
 */
export const clientManagers = pgTable(
  "client_managers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id, { onDelete: "cascade" }),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("client_managers_client_user_unique").on(t.clientId, t.userId),
    index("client_managers_user_idx").on(t.userId),
    index("client_managers_firm_idx").on(t.firmId),
  ],
);

/**
 * The working (draft) roadmap of an engagement, edited by the consultants. `revision` is
 * bumped on every save; a save carries the revision it started from, so the later of two
 * concurrent saves is told the roadmap changed.
 */
export const roadmaps = pgTable(
  "roadmaps",
  {
    engagementId: uuid("engagement_id")
      .primaryKey()
      .references(() => engagements.id, { onDelete: "cascade" }),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id, { onDelete: "cascade" }),
    document: jsonb("document").$type<RoadmapDocument>().notNull(),
    revision: integer("revision").notNull().default(1),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("roadmaps_firm_idx").on(t.firmId)],
);

/**
 * A published report: the client-safe results and the roadmap exactly as published, frozen.
 * Client managers see the highest version; later edits of the roadmap make a new draft.
 */
export const reportVersions = pgTable(
  "report_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagements.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    /** The roadmap revision that was published (tells whether the draft changed since). */
    roadmapRevision: integer("roadmap_revision").notNull(),
    /** JSON of lib/results/client-safe's ClientSafeResults (dates as ISO strings). */
    results: jsonb("results").$type<Record<string, unknown>>().notNull(),
    roadmap: jsonb("roadmap").$type<RoadmapDocument>().notNull(),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("report_versions_engagement_version_unique").on(t.engagementId, t.version),
    index("report_versions_firm_idx").on(t.firmId),
  ],
);

/**
 * Rendered PDFs of published report versions, keyed by a hash of everything the render depends
 * on (the frozen data, the branding, the language and the renderer's own code): a published
 * version's PDF is made once and its bytes are sent on every later download, by any instance.
 * Drafts are never stored.
 */
export const reportPdfs = pgTable(
  "report_pdfs",
  {
    cacheKey: text("cache_key").primaryKey(),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagements.id, { onDelete: "cascade" }),
    pdf: bytea("pdf").notNull(),
    fileName: text("file_name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("report_pdfs_engagement_idx").on(t.engagementId)],
);

/** Fixed-window counters for throttling; in the database so limits hold across server instances. */
export const rateLimitBuckets = pgTable(
  "rate_limit_buckets",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull(),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }),
    /** When the row no longer matters (window over and not blocked): pruned after that. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("rate_limit_buckets_expires_idx").on(t.expiresAt)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    firmId: uuid("firm_id").references(() => firms.id, { onDelete: "cascade" }),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    /** Never personal data of erased people; ids and changed field names only. */
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_firm_idx").on(t.firmId, t.createdAt)],
);

export const firmsRelations = relations(firms, ({ many }) => ({
  memberships: many(memberships),
  clients: many(clients),
  engagements: many(engagements),
}));
export const usersRelations = relations(users, ({ many }) => ({ memberships: many(memberships) }));
export const membershipsRelations = relations(memberships, ({ one }) => ({
  firm: one(firms, { fields: [memberships.firmId], references: [firms.id] }),
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
}));
export const clientsRelations = relations(clients, ({ one, many }) => ({
  firm: one(firms, { fields: [clients.firmId], references: [firms.id] }),
  engagements: many(engagements),
}));
export const engagementsRelations = relations(engagements, ({ one, many }) => ({
  firm: one(firms, { fields: [engagements.firmId], references: [firms.id] }),
  client: one(clients, { fields: [engagements.clientId], references: [clients.id] }),
  creator: one(users, { fields: [engagements.createdBy], references: [users.id] }),
  respondents: many(respondents),
}));
export const respondentsRelations = relations(respondents, ({ one, many }) => ({
  engagement: one(engagements, { fields: [respondents.engagementId], references: [engagements.id] }),
  links: many(respondentLinks),
}));

export type Firm = typeof firms.$inferSelect;
export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type MembershipRole = (typeof membershipRoleEnum.enumValues)[number];
export type Client = typeof clients.$inferSelect;
export type Engagement = typeof engagements.$inferSelect;
export type EngagementStatus = (typeof engagementStatusEnum.enumValues)[number];
export type AuditEntry = typeof auditLog.$inferInsert;
export type Weighting = (typeof weightingEnum.enumValues)[number];
export type Respondent = typeof respondents.$inferSelect;
export type OutboxMessage = typeof emailOutbox.$inferSelect;
export type EmailKind = (typeof emailKindEnum.enumValues)[number];
export type ScanAnswer = typeof scanAnswers.$inferSelect;
export type ConsultantRating = typeof consultantRatings.$inferSelect;
export type ClientManager = typeof clientManagers.$inferSelect;
export type RoadmapRow = typeof roadmaps.$inferSelect;
export type ReportVersion = typeof reportVersions.$inferSelect;
