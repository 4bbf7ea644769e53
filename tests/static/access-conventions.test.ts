/**
 * Conventions that keep authorization in one place, checked over the file system so a new
 * page or action cannot slip past them: every consultant page starts from requirePage, every
 * client-portal page from requirePortal, and every "use server" module exports only actions
 * built with the wrappers.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const rel = (file: string) => path.relative(ROOT, file);

describe("access conventions", () => {
  it("every consultant page checks its permission with requirePage", () => {
    const pages = walk(path.join(ROOT, "app", "(app)")).filter((f) => /page\.tsx$/.test(f));
    expect(pages.length).toBeGreaterThan(5);
    const missing = pages.filter((f) => !/await requirePage\(\s*"[a-z.]+"\s*\)/.test(readFileSync(f, "utf8")));
    expect(missing.map(rel)).toEqual([]);
  });

  it("every client-portal page checks the manager's access with requirePortal", () => {
    const pages = walk(path.join(ROOT, "app", "portal")).filter((f) => /page\.tsx$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const missing = pages.filter((f) => !/await requirePortal\(\)/.test(readFileSync(f, "utf8")));
    expect(missing.map(rel)).toEqual([]);
  });

  it('every "use server" module exports only wrapped actions', () => {
    const files = [...walk(path.join(ROOT, "lib")), ...walk(path.join(ROOT, "app"))].filter((f) => /\.tsx?$/.test(f));
    const serverModules = files.filter((f) => /^\s*["']use server["'];?/m.test(readFileSync(f, "utf8").split("\n").slice(0, 3).join("\n")));
    expect(serverModules.length).toBeGreaterThan(3);
    const offenders: string[] = [];
    for (const file of serverModules) {
      for (const line of readFileSync(file, "utf8").split("\n")) {
        if (!line.startsWith("export ")) continue;
        if (/^export const \w+ = (firmAction|publicAction|scanAction)\(/.test(line)) continue;
        if (/^export type /.test(line)) continue;
        offenders.push(`${rel(file)}: ${line.trim()}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
