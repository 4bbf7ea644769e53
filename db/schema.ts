/**
 * The database schema: tables, relations and inferred types together.
 * A firm (the consultancy) is the tenant; every firm-owned row carries firm_id.
 */
import { relations, sql } from "drizzle-orm";
import {
  bigserial,
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

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const localeEnum = pgEnum("locale", ["nl", "en"]);
export const membershipRoleEnum = pgEnum("membership_role", ["owner", "consultant"]);
export const engagementStatusEnum = pgEnum("engagement_status", ["draft", "open", "closed", "published"]);
export const passwordTokenPurposeEnum = pgEnum("password_token_purpose", ["set_password"]);

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
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`)],
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
    status: engagementStatusEnum("status").notNull().default("draft"),
    /** The maturity model version the engagement was created with; never changes afterwards. */
    modelVersion: text("model_version").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("engagements_firm_idx").on(t.firmId), index("engagements_client_idx").on(t.clientId)],
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

/** Fixed-window counters for throttling; in the database so limits hold across server instances. */
export const rateLimitBuckets = pgTable("rate_limit_buckets", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  blockedUntil: timestamp("blocked_until", { withTimezone: true }),
});

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
export const engagementsRelations = relations(engagements, ({ one }) => ({
  firm: one(firms, { fields: [engagements.firmId], references: [firms.id] }),
  client: one(clients, { fields: [engagements.clientId], references: [clients.id] }),
  creator: one(users, { fields: [engagements.createdBy], references: [users.id] }),
}));

export type Firm = typeof firms.$inferSelect;
export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type MembershipRole = (typeof membershipRoleEnum.enumValues)[number];
export type Client = typeof clients.$inferSelect;
export type Engagement = typeof engagements.$inferSelect;
export type EngagementStatus = (typeof engagementStatusEnum.enumValues)[number];
export type AuditEntry = typeof auditLog.$inferInsert;
