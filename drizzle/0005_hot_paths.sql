CREATE TABLE "report_pdfs" (
	"cache_key" text PRIMARY KEY NOT NULL,
	"firm_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"pdf" "bytea" NOT NULL,
	"file_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "benchmark_figures" jsonb;--> statement-breakpoint
ALTER TABLE "report_pdfs" ADD CONSTRAINT "report_pdfs_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_pdfs" ADD CONSTRAINT "report_pdfs_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_pdfs_engagement_idx" ON "report_pdfs" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "respondents_engagement_submitted_idx" ON "respondents" USING btree ("engagement_id","submitted_at");