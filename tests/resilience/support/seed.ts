/**
 * A database for a resilience scenario: migrated, the demo firms seeded, and `count`
 * respondents with a scan session each in the open demo engagement (their cookies are what
 * the load generator sends).
 */
import { and, eq } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "../../../db/connect";
import { engagements, respondents } from "../../../db/schema";
import { seedDemo } from "../../../db/seed";
import { getModel } from "../../../lib/model";
import { createScanSession } from "../../../lib/scan/session";

export interface Respondent {
  readonly id: string;
  readonly session: string;
  /** The answer keys of the items of the engagement's model version (what the load may send). */
  readonly itemKeys: readonly string[];
}

export async function openMigrated(url: string): Promise<DatabaseHandle> {
  const handle = await openDatabase({ kind: "postgres", url });
  await handle.migrate();
  return handle;
}

export async function seedRespondents(handle: DatabaseHandle, count: number): Promise<{ engagementId: string; respondents: Respondent[] }> {
  const { db } = handle;
  await seedDemo(db);
  const [engagement] = await db.select().from(engagements).where(and(eq(engagements.status, "open"), eq(engagements.title, "Sales Maturity Scan 2026")));
  if (!engagement) throw new Error("the demo's open engagement is missing");
  const rows = await db
    .insert(respondents)
    .values(
      Array.from({ length: count }, (_, i) => ({
        firmId: engagement.firmId,
        engagementId: engagement.id,
        name: `Load ${i + 1}`,
        email: `load-${i + 1}@resilience.example`,
        roleGroup: "sales" as const,
      })),
    )
    .returning({ id: respondents.id });
  const out: Respondent[] = [];
  const itemKeys = getModel(engagement.modelVersion).pillars.flatMap((p) => p.items.map((i) => `item:${i.key}`));
  for (const row of rows) out.push({ id: row.id, session: (await createScanSession(db, row.id)).token, itemKeys });
  return { engagementId: engagement.id, respondents: out };
}
