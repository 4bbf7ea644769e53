CREATE TYPE "public"."email_kind" AS ENUM('invitation', 'reminder', 'set_password');--> statement-breakpoint
CREATE TYPE "public"."email_status" AS ENUM('queued', 'sending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."role_group" AS ENUM('management', 'sales', 'marketing', 'account_management', 'customer_service', 'other');--> statement-breakpoint
CREATE TYPE "public"."weighting" AS ENUM('role_group', 'respondent');--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"engagement_id" uuid,
	"respondent_id" uuid,
	"user_id" uuid,
	"kind" "email_kind" NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"secret_link" text,
	"status" "email_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "respondent_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"respondent_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "respondent_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "respondents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"role_group" "role_group" NOT NULL,
	"team" text,
	"locale" "locale" DEFAULT 'nl' NOT NULL,
	"link_revoked_at" timestamp with time zone,
	"invited_at" timestamp with time zone,
	"last_reminded_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"answered_count" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "scan_locale" "locale" DEFAULT 'nl' NOT NULL;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "closes_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "anonymity_k" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "weighting" "weighting" DEFAULT 'role_group' NOT NULL;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "previous_engagement_id" uuid;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "invite_intro" text;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "auto_reminder_days_before" integer;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "auto_reminder_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_respondent_id_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."respondents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondent_links" ADD CONSTRAINT "respondent_links_respondent_id_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."respondents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "email_outbox_firm_idx" ON "email_outbox" USING btree ("firm_id","created_at");--> statement-breakpoint
CREATE INDEX "email_outbox_respondent_idx" ON "email_outbox" USING btree ("respondent_id");--> statement-breakpoint
CREATE INDEX "respondent_links_respondent_idx" ON "respondent_links" USING btree ("respondent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "respondents_engagement_email_unique" ON "respondents" USING btree ("engagement_id",lower("email"));--> statement-breakpoint
CREATE INDEX "respondents_firm_idx" ON "respondents" USING btree ("firm_id");--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_previous_engagement_id_engagements_id_fk" FOREIGN KEY ("previous_engagement_id") REFERENCES "public"."engagements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_anonymity_k_min" CHECK ("engagements"."anonymity_k" >= 3);