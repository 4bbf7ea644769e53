/**
 * The demo's published report: the closed demo engagement gets a generated roadmap and is
 * published through the app's own code (lib/roadmap generateRoadmap, lib/reports
 * publishReport), so the frozen snapshot is exactly what the app would publish.
 *
 * Those modules are server-only, so they are imported lazily here: the seed runs inside Next
 * (instrumentation), in Vitest (server-only aliased) and under tsx with
 * `--conditions=react-server` (npm run db:seed / db:reset), and scripts that merely open the
 * database never load them. Idempotent: an engagement with a published version is left alone.
 */
import { and, eq, sql } from "drizzle-orm";
import { reportVersions, roadmaps, users } from "./schema";
import type { Database } from "./types";

export async function publishDemoReport(db: Database, input: { engagementId: string; publisherEmail: string }): Promise<void> {
  const [published] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(reportVersions)
    .where(eq(reportVersions.engagementId, input.engagementId));
  if ((published?.n ?? 0) > 0) return;
  const [user] = await db
    .select({ id: users.id, sv: users.sessionVersion })
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.publisherEmail.toLowerCase()));
  if (!user) throw new Error(`demo publisher ${input.publisherEmail} is missing`);
  const [{ resolveFirmContext }, { generateRoadmap }, { publishReport }] = await Promise.all([
    import("../lib/auth/context"),
    import("../lib/roadmap/mutations"),
    import("../lib/reports/publish"),
  ]);
  const ctx = await resolveFirmContext(db, { uid: user.id, sv: user.sv });
  if (!ctx) throw new Error(`demo publisher ${input.publisherEmail} has no firm`);
  const [roadmap] = await db
    .select({ engagementId: roadmaps.engagementId })
    .from(roadmaps)
    .where(and(eq(roadmaps.engagementId, input.engagementId), eq(roadmaps.firmId, ctx.firm.id)));
  if (!roadmap) await generateRoadmap(ctx, input.engagementId);
  await publishReport(ctx, input.engagementId);
}
