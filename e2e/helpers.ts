import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "salesradar-demo";
export const OWNER = "eigenaar@demo-advies.nl";
export const CONSULTANT = "consultant@demo-advies.nl";
export const OTHER_FIRM = "consultant@noord-salesadvies.nl";

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/E-mailadres|E-mail address/).fill(email);
  await page.getByLabel(/^(Wachtwoord|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(Inloggen|Log in)$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: /Uitloggen|Log out/ }).click();
  await expect(page).toHaveURL(/\/login/);
}
