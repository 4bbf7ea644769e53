/** Signing in over HTTP (next-auth's credentials flow) and asking whether a session still holds. */

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in on `baseUrl`; returns the Cookie header of the new session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(response).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in of ${email} on ${baseUrl} failed (${response.status})`);
  return session;
}

/** True when `cookie` still opens the dashboard on `baseUrl` (a dropped session redirects to /login). */
export async function sessionHolds(baseUrl: string, cookie: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/dashboard`, { redirect: "manual", headers: { cookie } });
  if (response.status === 200) return true;
  const location = response.headers.get("location") ?? "";
  if (response.status >= 300 && response.status < 400 && location.includes("/login")) return false;
  throw new Error(`unexpected answer from ${baseUrl}/dashboard: ${response.status} ${location}`);
}
