import "server-only";
/** The signed-in user's own account settings. */
import { eq } from "drizzle-orm";
import { users } from "../../db/schema";
import type { Database } from "../../db/types";
import type { Locale } from "../model/types";

export async function setUserLocale(db: Database, userId: string, locale: Locale): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}
