/** Test fixtures built on the demo seed: firm A (Demo Advies) and firm B (Noord Salesadvies). */
import { eq, sql } from "drizzle-orm";
import { DEMO_LOGINS, seedDemo } from "../../db/seed";
import { clients, engagements, firms, users } from "../../db/schema";
import type { Database } from "../../db/types";
import { resolveFirmContext, type FirmContext } from "../../lib/auth/context";

export async function contextFor(db: Database, email: string): Promise<FirmContext> {
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  if (!user) throw new Error(`no user ${email}`);
  const ctx = await resolveFirmContext(db, { uid: user.id, sv: user.sessionVersion });
  if (!ctx) throw new Error(`no firm context for ${email}`);
  return ctx;
}

/**
 * The demo firms. The demo engagement stays closed unless `publish` is set (the app's seed
 * publishes it; most tests want the closed engagement to work on).
 */
export async function seededFirms(db: Database, options: { publish?: boolean } = {}) {
  await seedDemo(db, { publish: options.publish ?? false });
  const owner = await contextFor(db, DEMO_LOGINS.owner);
  const consultant = await contextFor(db, DEMO_LOGINS.consultant);
  const otherFirm = await contextFor(db, DEMO_LOGINS.otherFirmConsultant);
  const firmAClients = await db.select().from(clients).where(eq(clients.firmId, owner.firm.id));
  const firmAEngagements = await db.select().from(engagements).where(eq(engagements.firmId, owner.firm.id));
  const [firmB] = await db.select().from(firms).where(eq(firms.id, otherFirm.firm.id));
  return { owner, consultant, otherFirm, firmAClients, firmAEngagements, firmB: firmB! };
}
