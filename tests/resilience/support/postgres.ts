/** The PostgreSQL server of the resilience suite (TEST_DATABASE_URL), and throwaway databases on it. */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { env } from "../../../lib/env";

export function adminUrl(): string {
  if (!env.TEST_DATABASE_URL) throw new Error("The resilience suite needs TEST_DATABASE_URL (a PostgreSQL server it may create databases on).");
  return env.TEST_DATABASE_URL;
}

/** Creates an empty database; returns its URL and a function that drops it. */
export async function createDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
