/**
 * npm run test:e2e — finds a Chromium (CHROMIUM_PATH, else /usr/bin/chromium, else
 * Playwright's own, installed only when neither exists), empties the e2e database folder and
 * runs the Playwright suite.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { chromium } from "@playwright/test";
import { env } from "../lib/env";

function findChromium(): string | undefined {
  if (env.CHROMIUM_PATH && existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
  console.log("No Chromium found: installing Playwright's browser (npx playwright install chromium)…");
  const install = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (install.status !== 0) {
    console.error("Could not install a browser. Install Chromium (e.g. apt-get install chromium) or set CHROMIUM_PATH.");
    process.exit(1);
  }
  return undefined;
}

const executable = findChromium();
rmSync(".data/e2e", { recursive: true, force: true });
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: executable ?? "", NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
