/**
 * next-auth configuration: credentials (+ a second-step code when enrolled), short-lived JWT
 * sessions carrying the session version and a server-side session id (lib/auth/sessions.ts),
 * so signing out really ends the session.
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "../../db";
import { env } from "../env";
import { clientAddressOfRecord } from "../security/client-address";
import { authenticate } from "./login";
import { createSession, endSession, isSessionLive, SESSION_TTL_SECONDS } from "./sessions";

export const SESSION_MAX_AGE_SECONDS = SESSION_TTL_SECONDS;

const credentialsSchema = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(200),
  code: z.string().trim().max(40).optional(),
});

export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 5 * 60 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new Error("invalid");
        const result = await authenticate(await getDb(), {
          ...parsed.data,
          ip: clientAddressOfRecord(req?.headers as Record<string, unknown> | undefined),
        });
        // The error text travels to the login form as a code, translated there. A short wait
        // (the account's slowdown) carries its seconds; a block says "throttled" (15 minutes).
        if (!result.ok) {
          throw new Error(result.reason === "throttled" && result.retryAfterSeconds <= 60 ? `slow:${result.retryAfterSeconds}` : result.reason);
        }
        return { id: result.user.id, email: result.user.email, name: result.user.name, sv: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sv?: number }).sv ?? 0;
        token.sid = await createSession(await getDb(), user.id);
      }
      return token;
    },
    async session({ session, token }) {
      // A session ended on the server (sign-out, "sign out everywhere") carries no user any more.
      const live = await isSessionLive(await getDb(), token.sid, token.uid);
      return live ? { ...session, uid: token.uid, sv: token.sv } : { ...session, uid: undefined, sv: undefined };
    },
  },
  events: {
    async signOut({ token }) {
      await endSession(await getDb(), token?.sid);
    },
  },
};
