import { sql } from "drizzle-orm";
import { connection } from "next/server";
import { getDatabaseHandle } from "@/db";

/** Liveness and database check for load balancers; says nothing about configuration. */
export async function GET() {
  await connection();
  try {
    const { db } = await getDatabaseHandle();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "error", database: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
