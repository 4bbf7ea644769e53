/**
 * What exists, found from the file system and the action registry (not from the matrix):
 * pages (app/**\/page.tsx), route handlers with their HTTP methods (app/**\/route.ts) and the
 * server actions, registered by importing every lib/**\/actions/*.ts.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const ROOT = path.resolve(__dirname, "../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** "app/(app)/clients/[clientId]/page.tsx" → "/clients/[clientId]". */
export function urlPattern(file: string): string {
  const segments = path
    .relative(path.join(ROOT, "app"), path.dirname(file))
    .split(path.sep)
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

export interface DiscoveredFile {
  readonly url: string;
  readonly file: string;
  readonly source: string;
}

export function discoverPages(): DiscoveredFile[] {
  return walk(path.join(ROOT, "app"))
    .filter((f) => path.basename(f) === "page.tsx")
    .map((file) => ({ url: urlPattern(file), file, source: readFileSync(file, "utf8") }));
}

export interface DiscoveredRoute extends DiscoveredFile {
  readonly method: (typeof METHODS)[number];
  /** "GET /api/health". */
  readonly key: string;
}

export function discoverRoutes(): DiscoveredRoute[] {
  return walk(path.join(ROOT, "app"))
    .filter((f) => path.basename(f) === "route.ts")
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      const url = urlPattern(file);
      return METHODS.filter((m) => new RegExp(`export (async )?function ${m}\\b|export const ${m}\\b|as ${m}\\b`).test(source)).map((method) => ({
        url,
        file,
        source,
        method,
        key: `${method} ${url}`,
      }));
    });
}

export function actionFiles(): string[] {
  return walk(path.join(ROOT, "lib")).filter((f) => /[/\\]actions[/\\][^/\\]+\.ts$/.test(f) && !f.endsWith(".test.ts"));
}

/** Imports every action module (so each registers its name) and returns the registry. */
export async function loadActions(): Promise<{ registry: ReadonlyMap<string, string>; exports: Map<string, unknown> }> {
  const exports = new Map<string, unknown>();
  const { actionRegistry } = await import("../../lib/auth/action");
  for (const file of actionFiles()) {
    const before = new Set(actionRegistry.keys());
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const added = [...actionRegistry.keys()].filter((k) => !before.has(k));
    const fns = Object.values(mod).filter((v) => typeof v === "function");
    // One action per file (convention): the newly registered name belongs to its one export.
    if (added.length === 1 && fns.length === 1) exports.set(added[0]!, fns[0]);
  }
  return { registry: actionRegistry, exports };
}
