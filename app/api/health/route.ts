import { sql } from "drizzle-orm";
import { connection } from "next/server";
import { getDb } from "@/db";
import { RETRY_AFTER_SECONDS } from "@/db/availability";

/** The database answer this endpoint waits for at most, so a load balancer hears "degraded" quickly. */
const CHECK_TIMEOUT_MS = 1500;

/** Liveness and database check for load balancers; says nothing about configuration. */
export async function GET() {
  await connection();
  const ok = await Promise.race([
    getDb()
      .then((db) => db.execute(sql`select 1`))
      .then(
        () => true,
        () => false,
      ),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), CHECK_TIMEOUT_MS).unref()),
  ]);
  if (ok) return Response.json({ status: "ok", database: "ok" }, { headers: { "Cache-Control": "no-store" } });
  return Response.json(
    { status: "degraded", database: "unavailable" },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } },
  );
}
