/**
 * Issue 13 through the real HTTP server (production build): per-address limits cannot be
 * dodged with X-Forwarded-For, and signing out ends the session. Requests come from other
 * addresses of 127.0.0.0/8 through the socket (Node's localAddress), without any header.
 */
import http from "node:http";
import { expect, test } from "@playwright/test";
import { CONSULTANT, DEMO_PASSWORD, login, logout } from "./helpers";

interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

function raw(
  baseURL: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; from: string },
): Promise<RawResponse> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: url.port, path: url.pathname + url.search, method: options.method ?? "GET", headers: options.headers, localAddress: options.from },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

/** One credentials sign-in as next-auth's client does it; returns the error code or "ok". */
async function signIn(baseURL: string, from: string, email: string, password: string, spoof: string): Promise<string> {
  const csrf = await raw(baseURL, "/api/auth/csrf", { from, headers: { "x-forwarded-for": spoof } });
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, json: "true" }).toString();
  const res = await raw(baseURL, "/api/auth/callback/credentials", {
    method: "POST",
    from,
    body,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": spoof, "x-real-ip": spoof },
  });
  const url = (JSON.parse(res.body) as { url?: string }).url ?? "";
  return new URL(url, baseURL).searchParams.get("error") ?? "ok";
}

test.describe("per-address limits trust the socket, not X-Forwarded-For", () => {
  test("login guesses with a rotating X-Forwarded-For are throttled at the 31st, per socket address", async ({ baseURL }) => {
    const answers: string[] = [];
    for (let i = 0; i < 32; i++) {
      answers.push(await signIn(baseURL!, "127.0.0.21", `guess${i}@example.nl`, "wrong-password", `198.51.100.${i}`));
    }
    expect(answers.slice(0, 30).every((a) => a === "invalid")).toBe(true);
    expect(answers.slice(30)).toEqual(["throttled", "throttled"]);
    // Another address is not affected.
    expect(await signIn(baseURL!, "127.0.0.22", "guess0@example.nl", "wrong-password", "198.51.100.0")).toBe("invalid");
  });

  test("scan-link guesses with a rotating X-Forwarded-For are throttled", async ({ baseURL }) => {
    let throttledAt = 0;
    for (let i = 1; i <= 25 && !throttledAt; i++) {
      const res = await raw(baseURL!, `/s/${"guess".padEnd(40, String(i % 10))}${i}`, { from: "127.0.0.23", headers: { "x-forwarded-for": `203.0.113.${i}` } });
      if (res.body.includes(`data-testid="scan-gate-throttled"`)) throttledAt = i;
    }
    expect(throttledAt).toBe(21);
  });
});

test.describe("signing out ends the session", () => {
  test("a copy of the cookie no longer opens the dashboard; another device stays signed in", async ({ browser }) => {
    const laptop = await browser.newContext();
    const phone = await browser.newContext();
    const onLaptop = await laptop.newPage();
    const onPhone = await phone.newPage();
    await login(onLaptop, CONSULTANT, DEMO_PASSWORD);
    await login(onPhone, CONSULTANT, DEMO_PASSWORD);
    const copied = await laptop.cookies();

    await logout(onLaptop);

    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto("/dashboard");
    await expect(stolen).toHaveURL(/\/login/);

    await onPhone.goto("/dashboard");
    await expect(onPhone.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await Promise.all([laptop.close(), phone.close(), thief.close()]);
  });
});
