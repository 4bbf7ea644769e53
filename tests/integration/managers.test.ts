/**
 * Client managers, as consultants invite them: account + client_managers row + invitation mail
 * with a set-password link in one transaction; resend (old links die); revoke (the manager
 * context loses the client at once); re-invite; two clients of one firm; refused addresses;
 * and another firm gets not-found.
 */
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_LOGINS } from "../../db/seed";
import { clientManagers, emailOutbox, memberships, passwordTokens, users } from "../../db/schema";
import { peekSetPasswordToken } from "../../lib/auth/password-tokens";
import { consumeSetPasswordToken } from "../../lib/auth/password-tokens";
import { AppError, NotFoundError } from "../../lib/errors";
import { inviteManager, listClientManagers, resendManagerInvitation, revokeManager } from "../../lib/managers/queries";
import { resolveManagerContext } from "../../lib/portal/context";
import { resetDatabase, testDatabase } from "../support/db";
import { seededFirms } from "../support/fixtures";
import { opened } from "../support/outbox";

const db = await testDatabase();
let f: Awaited<ReturnType<typeof seededFirms>>;
const client = (name: string) => f.firmAClients.find((c) => c.name.startsWith(name))!;
const tokenOf = (link: string) => link.split("/set-password/")[1]!;

async function sessionOf(email: string) {
  const [u] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return { uid: u!.id, sv: u!.sessionVersion };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

beforeAll(async () => {
  await resetDatabase(db);
  f = await seededFirms(db);
});

describe("inviting a client manager", () => {
  it("creates the account without membership, the client_managers row and the outbox mail with a set-password link", async () => {
    const groen = client("Groen");
    const { managerId, link } = await inviteManager(f.consultant, { clientId: groen.id, name: "Mila Manager", email: " Mila@Groen.Example ", locale: "en" });
    expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
    const [user] = await db.select().from(users).where(eq(users.email, "mila@groen.example"));
    expect(user).toMatchObject({ name: "Mila Manager", locale: "en", passwordHash: null });
    expect(await db.select().from(memberships).where(eq(memberships.userId, user!.id))).toEqual([]);
    const [row] = await db.select().from(clientManagers).where(eq(clientManagers.id, managerId));
    expect(row).toMatchObject({ firmId: f.consultant.firm.id, clientId: groen.id, userId: user!.id, invitedBy: f.consultant.user.id, revokedAt: null });
    const mails = opened(await db.select().from(emailOutbox).where(eq(emailOutbox.userId, user!.id)));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "manager_invitation", toAddress: "mila@groen.example", status: "queued", secretLink: link });
    // In the manager's language (English), with the link only as a placeholder in the bodies.
    expect(mails[0]!.subject).toBe("Invitation: the results of Groen Installatietechniek at Demo Advies");
    expect(mails[0]!.textBody).toContain("{{link}}");
    expect(mails[0]!.textBody).not.toContain(link);
    expect(await peekSetPasswordToken(db, tokenOf(link))).toMatchObject({ email: "mila@groen.example", name: "Mila Manager" });
    // Beside the demo's own (active) manager.
    expect(await listClientManagers(f.consultant, groen.id)).toEqual([
      expect.objectContaining({ name: "Gerda Groen", email: DEMO_LOGINS.manager, status: "active" }),
      expect.objectContaining({ id: managerId, name: "Mila Manager", email: "mila@groen.example", status: "invited" }),
    ]);
    // No active context before a password exists is fine: the session check needs the account.
    expect(await resolveManagerContext(db, await sessionOf("mila@groen.example"))).toMatchObject({ clients: [{ id: groen.id }] });
  });

  it("refuses the same person twice, consultants' addresses and managers of another firm", async () => {
    const groen = client("Groen");
    expect(await codeOf(inviteManager(f.owner, { clientId: groen.id, name: "Mila", email: "mila@groen.example", locale: "nl" }))).toBe("manager_exists");
    expect(await codeOf(inviteManager(f.owner, { clientId: groen.id, name: "Kees", email: DEMO_LOGINS.consultant, locale: "nl" }))).toBe("email_unavailable");
    expect(await codeOf(inviteManager(f.owner, { clientId: groen.id, name: "Noor", email: DEMO_LOGINS.otherFirmConsultant, locale: "nl" }))).toBe("email_unavailable");
    const [havenbedrijf] = await db.execute<{ id: string }>(sql`select id from clients where firm_id = ${f.otherFirm.firm.id} limit 1`).then((r) =>
      Array.isArray(r) ? r : (r as unknown as { rows: { id: string }[] }).rows,
    );
    expect(await codeOf(inviteManager(f.otherFirm, { clientId: havenbedrijf!.id, name: "Mila", email: "mila@groen.example", locale: "nl" }))).toBe("email_unavailable");
    // Nothing was written by the refused invitations.
    const [mila] = await db.select().from(users).where(eq(users.email, "mila@groen.example"));
    expect(await db.select().from(clientManagers).where(eq(clientManagers.userId, mila!.id))).toHaveLength(1);
    expect(await db.select().from(memberships).where(eq(memberships.userId, mila!.id))).toEqual([]);
  });

  it("lets one person manage two clients of the same firm, with one account", async () => {
    const bakkerij = client("Bakkerij");
    await inviteManager(f.owner, { clientId: bakkerij.id, name: "Other name", email: "mila@groen.example", locale: "nl" });
    expect(await db.select().from(users).where(eq(users.email, "mila@groen.example"))).toHaveLength(1);
    const ctx = await resolveManagerContext(db, await sessionOf("mila@groen.example"));
    expect(ctx?.clients.map((c) => c.id).sort()).toEqual([bakkerij.id, client("Groen").id].sort());
    expect(ctx?.firm.id).toBe(f.owner.firm.id);
  });

  it("resends with a new link: the old link and the undelivered old mail die", async () => {
    const groen = client("Groen");
    const [manager] = (await listClientManagers(f.consultant, groen.id)).filter((m) => m.email === "mila@groen.example");
    const before = opened(await db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, "mila@groen.example"), eq(emailOutbox.status, "queued"))));
    expect(before.length).toBeGreaterThan(0);
    const oldToken = tokenOf(before.at(-1)!.secretLink!);
    const { link } = await resendManagerInvitation(f.consultant, manager!.id, { reactivate: false });
    expect(await peekSetPasswordToken(db, oldToken)).toBeNull();
    expect(await peekSetPasswordToken(db, tokenOf(link))).not.toBeNull();
    const queued = opened(await db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, "mila@groen.example"), eq(emailOutbox.status, "queued"))));
    expect(queued.map((m) => m.secretLink)).toEqual([link]);
    // Once the password is set the person is active, and a resend is refused.
    await consumeSetPasswordToken(db, tokenOf(link), "mila-haar-wachtwoord");
    expect((await listClientManagers(f.consultant, groen.id)).find((m) => m.id === manager!.id)?.status).toBe("active");
    expect(await codeOf(resendManagerInvitation(f.consultant, manager!.id, { reactivate: false }))).toBe("invalid_transition");
  });

  it("revokes: the manager context loses the client on the next check; without any client there is none", async () => {
    const groen = client("Groen");
    const bakkerij = client("Bakkerij");
    const session = await sessionOf("mila@groen.example");
    const rows = await db.select().from(clientManagers).where(eq(clientManagers.userId, session.uid));
    const groenRow = rows.find((r) => r.clientId === groen.id)!;
    const bakkerijRow = rows.find((r) => r.clientId === bakkerij.id)!;
    await revokeManager(f.consultant, groenRow.id);
    expect((await resolveManagerContext(db, session))?.clients.map((c) => c.id)).toEqual([bakkerij.id]);
    expect((await listClientManagers(f.consultant, groen.id)).find((m) => m.id === groenRow.id)?.status).toBe("revoked");
    await revokeManager(f.consultant, bakkerijRow.id);
    expect(await resolveManagerContext(db, session)).toBeNull();
    // Revoking again is harmless; a stale session version never resolves.
    await revokeManager(f.consultant, bakkerijRow.id);
    expect(await resolveManagerContext(db, { ...session, sv: session.sv + 1 })).toBeNull();
  });

  it("re-invites a revoked manager: access comes back with a new mail", async () => {
    const groen = client("Groen");
    const session = await sessionOf("mila@groen.example");
    const [row] = await db.select().from(clientManagers).where(and(eq(clientManagers.userId, session.uid), eq(clientManagers.clientId, groen.id)));
    expect(await codeOf(resendManagerInvitation(f.consultant, row!.id, { reactivate: false }))).toBe("invalid_transition");
    const { link } = await resendManagerInvitation(f.consultant, row!.id, { reactivate: true });
    // An account with a password is invited to log in, not to reset its password.
    expect(link).toMatch(/\/login$/);
    expect((await resolveManagerContext(db, session))?.clients.map((c) => c.id)).toEqual([groen.id]);
    expect(await codeOf(resendManagerInvitation(f.consultant, row!.id, { reactivate: true }))).toBe("invalid_transition");
    // Inviting a revoked person through the form re-activates the same row too.
    await revokeManager(f.owner, row!.id);
    const again = await inviteManager(f.owner, { clientId: groen.id, name: "Mila", email: "mila@groen.example", locale: "nl" });
    expect(again.managerId).toBe(row!.id);
    const unused = await db.select().from(passwordTokens).where(and(eq(passwordTokens.userId, session.uid), sql`${passwordTokens.usedAt} is null`));
    expect(unused).toEqual([]);
  });

  it("gives another firm not-found for every manager and client of firm A, and changes nothing", async () => {
    const groen = client("Groen");
    const managers = await listClientManagers(f.owner, groen.id);
    expect(managers.length).toBeGreaterThan(0);
    await expect(listClientManagers(f.otherFirm, groen.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(inviteManager(f.otherFirm, { clientId: groen.id, name: "X", email: "x@groen.example", locale: "nl" })).rejects.toBeInstanceOf(NotFoundError);
    for (const m of managers) {
      await expect(revokeManager(f.otherFirm, m.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(resendManagerInvitation(f.otherFirm, m.id, { reactivate: true })).rejects.toBeInstanceOf(NotFoundError);
    }
    for (const id of ["", "abc", "00000000-0000-0000-0000-000000000000"]) {
      await expect(revokeManager(f.owner, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(listClientManagers(f.owner, id)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db.select().from(users).where(eq(users.email, "x@groen.example"))).toEqual([]);
    expect(await listClientManagers(f.owner, groen.id)).toEqual(managers);
  });
});
