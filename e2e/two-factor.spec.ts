/**
 * Two-step sign-in in the browser, in Dutch and in English: a new consultant (added by the
 * owner, so the demo accounts other specs use stay as they are) enrols with the QR code's key,
 * then signs in with a code; a wrong code is refused; a recovery code works once.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { generate } from "otplib";
import { DEMO_PASSWORD, login, logout, OWNER } from "./helpers";

const PASSWORD = "tweestaps-wachtwoord-2026";

/** The owner adds a consultant and hands back the one-time set-password link. */
async function newConsultant(browser: Browser, name: string, email: string): Promise<string> {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await login(page, OWNER, DEMO_PASSWORD);
  await page.goto("/team");
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Toevoegen" }).click();
  const link = await page.getByLabel("Eenmalige link om een wachtwoord in te stellen").inputValue();
  await context.close();
  return link;
}

async function setPassword(page: Page, link: string, labels: { password: RegExp; confirm: RegExp; submit: RegExp; done: RegExp }) {
  await page.goto(new URL(link).pathname);
  await page.getByLabel(labels.password).fill(PASSWORD);
  await page.getByLabel(labels.confirm).fill(PASSWORD);
  await page.getByRole("button", { name: labels.submit }).click();
  await expect(page.getByText(labels.done)).toBeVisible();
}

async function passwordStep(page: Page, email: string) {
  await page.goto("/login");
  await page.getByLabel(/E-mailadres|E-mail address/).fill(email);
  await page.getByLabel(/^(Wachtwoord|Password)$/).fill(PASSWORD);
  await page.getByRole("button", { name: /^(Inloggen|Log in)$/ }).click();
}

const nextCode = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

test("Nederlands: instellen met de QR-sleutel, inloggen met code, foute code geweigerd, herstelcode één keer", async ({ browser }) => {
  const link = await newConsultant(browser, "Tess Tweestaps", "tess@demo-advies.nl");
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await setPassword(page, link, { password: /^Nieuw wachtwoord$/, confirm: /^Herhaal wachtwoord$/, submit: /^Wachtwoord instellen$/, done: /Je wachtwoord is ingesteld/ });

  await passwordStep(page, "tess@demo-advies.nl");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account en beveiliging" })).toBeVisible();
  await expect(page.getByTestId("two-factor-status")).toHaveText("Uit.");
  await page.getByRole("button", { name: "Tweestapsverificatie instellen" }).click();
  await expect(page.getByRole("img", { name: "QR-code voor je authenticator-app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code (6 cijfers)").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByText("Tweestapsverificatie staat aan.")).toBeVisible();
  const codes = await page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);
  await logout(page);

  // The password alone is not enough any more.
  await passwordStep(page, "tess@demo-advies.nl");
  await expect(page.getByText("Je wachtwoord klopt. Voer nu de code uit je authenticator-app in.")).toBeVisible();
  await page.getByLabel("Code uit je authenticator-app").fill("000000");
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByText("De code klopt niet of is al gebruikt.")).toBeVisible();
  await page.getByLabel("Code uit je authenticator-app").fill(codes[0]!);
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await logout(page);

  // The same recovery code does not work twice.
  await passwordStep(page, "tess@demo-advies.nl");
  await page.getByLabel("Code uit je authenticator-app").fill(codes[0]!);
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByText("De code klopt niet of is al gebruikt.")).toBeVisible();
  await page.getByLabel("Code uit je authenticator-app").fill(await nextCode(secret));
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await context.close();
});

test("English: set up with the key, sign in with a code from the app", async ({ browser }) => {
  const link = await newConsultant(browser, "Evan Twostep", "evan@demo-advies.nl");
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await setPassword(page, link, { password: /^New password$/, confirm: /^Repeat password$/, submit: /^Set password$/, done: /Your password has been set/ });

  await passwordStep(page, "evan@demo-advies.nl");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  // The account was created in the owner's language: switch it to English.
  await page.goto("/settings");
  await page.getByRole("banner").getByRole("group", { name: "Taal" }).getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("banner").getByRole("group", { name: "Language" })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Account and security" })).toBeVisible();
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code (6 digits)").fill("123456");
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("This code is wrong or has already been used.")).toBeVisible();
  await page.getByLabel("Code (6 digits)").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("Two-step sign-in is on.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await logout(page);

  await passwordStep(page, "evan@demo-advies.nl");
  await expect(page.getByText("Your password is right. Now enter the code from your authenticator app.")).toBeVisible();
  await page.getByLabel("Code from your authenticator app").fill(await nextCode(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByTestId("two-factor-status")).toHaveText("On. You have 10 recovery codes left.");
  await context.close();
});
