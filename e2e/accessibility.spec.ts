import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { login, OWNER } from "./helpers";

async function expectNoSeriousViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("login, dashboard, team and settings have no serious accessibility violations @phone", async ({ page }) => {
  await page.goto("/login");
  await expectNoSeriousViolations(page);
  await login(page, OWNER);
  await expectNoSeriousViolations(page);
  for (const path of ["/team", "/settings", "/clients"]) {
    await page.goto(path);
    await expectNoSeriousViolations(page);
  }
});
