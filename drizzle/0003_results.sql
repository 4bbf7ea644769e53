CREATE TYPE "public"."pillar" AS ENUM('organisation', 'marketing', 'coaching', 'leadership', 'accounts');--> statement-breakpoint
CREATE TABLE "consultant_ratings" (
	"firm_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"pillar" "pillar" NOT NULL,
	"level" integer NOT NULL,
	"note" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultant_ratings_engagement_id_pillar_pk" PRIMARY KEY("engagement_id","pillar"),
	CONSTRAINT "consultant_ratings_level_range" CHECK ("consultant_ratings"."level" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "consultant_ratings" ADD CONSTRAINT "consultant_ratings_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultant_ratings" ADD CONSTRAINT "consultant_ratings_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultant_ratings" ADD CONSTRAINT "consultant_ratings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultant_ratings_firm_idx" ON "consultant_ratings" USING btree ("firm_id");