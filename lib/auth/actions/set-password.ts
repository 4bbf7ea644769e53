"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "../../../db";
import { clientAddress } from "../../security/client-address";
import { publicAction } from "../action";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../password-rules";
import { setPasswordFromLink } from "../password-tokens";

/** Sets a password from a one-time link. The token itself is the authorization. */
export const setPassword = publicAction(
  {
    name: "auth.set-password",
    schema: z
      .object({
        token: z.string().min(20).max(200),
        password: z.string().min(PASSWORD_MIN_LENGTH, "too_short").max(PASSWORD_MAX_LENGTH, "too_long"),
        confirm: z.string().max(PASSWORD_MAX_LENGTH),
      })
      .refine((v) => v.password === v.confirm, { message: "mismatch", path: ["confirm"] }),
  },
  async ({ token, password }) => setPasswordFromLink(await getDb(), { token, password, ip: clientAddress(await headers()) }),
);
