import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connect";
import { DatabaseLockedError } from "../../db/pglite-lock";
import { dbKind } from "../support/db";

const base = mkdtempSync(path.join(tmpdir(), "salesradar-lock-"));
const dir = path.join(base, "pglite");
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
  rmSync(base, { recursive: true, force: true });
});

function run(): { child: ChildProcess; output: Promise<{ code: number | null; text: string }>; ready: Promise<void> } {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/hold-pglite.ts", dir], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let text = "";
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout!.on("data", (d: Buffer) => {
    text += d.toString();
    if (text.includes("ready")) onReady();
  });
  child.stderr!.on("data", (d: Buffer) => (text += d.toString()));
  const output = new Promise<{ code: number | null; text: string }>((resolve) => child.on("exit", (code) => resolve({ code, text })));
  return { child, output, ready };
}

describe.runIf(dbKind() === "pglite")("the embedded database folder", () => {
  it("cannot be opened by a second process while the first holds it", async () => {
    const first = run();
    await first.ready;

    const second = run();
    const { code, text } = await second.output;
    expect(code).toBe(3);
    expect(text).toMatch(/already in use by another process \(pid \d+\)/);
    expect(text).toContain("PGLITE_DIR");

    await expect(openDatabase({ kind: "pglite", dir })).rejects.toBeInstanceOf(DatabaseLockedError);

    // When the holder dies without cleaning up, the folder is usable again and its data intact.
    first.child.kill("SIGKILL");
    await first.output;
    const handle = await openDatabase({ kind: "pglite", dir });
    const result = await handle.db.execute<{ n: number }>(sql`select count(*)::int as n from probe`);
    const rows = Array.isArray(result) ? result : (result as unknown as { rows: { n: number }[] }).rows;
    expect(rows[0]?.n).toBe(1);
    await handle.close();
  }, 60_000);
});
