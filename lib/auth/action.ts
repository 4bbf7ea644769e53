import "server-only";
/**
 * The one wrapper every server action goes through: authenticate, validate the input with a
 * strict zod schema, authorize against the session's firm (deny by default), and return
 * expected errors as values. Actions register their name so the access matrix can list them.
 */
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { isDatabaseUnavailable } from "../../db/availability";
import { AppError, type ErrorCode } from "../errors";
import { mustSetUpTwoFactor, type FirmContext } from "./context";
import { can, type Permission } from "./permissions";
import { getFirmContext } from "./session";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: ErrorCode; fieldErrors?: Record<string, string[]> };

export type ActionInput = FormData | Record<string, unknown>;

export interface ActionDefinition<S extends z.ZodObject> {
  /** Unique, e.g. "team.add-consultant". */
  readonly name: string;
  readonly permission: Permission;
  readonly schema: S;
}

const registry = new Map<string, Permission | "public">();
/** Actions loaded in this process, with their permission (for the access matrix). */
export const actionRegistry: ReadonlyMap<string, Permission | "public"> = registry;

function toObject(input: ActionInput): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    // Next adds $ACTION_* fields to progressively enhanced forms; they are not user input.
    if (key.startsWith("$ACTION")) continue;
    out[key] = value;
  }
  return out;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * Expected errors as values: AppError by its code, a database outage as "unavailable" (the
 * session look-up included: it reads the database too). Next's redirect/notFound signals pass.
 */
function unexpectedResult(name: string, error: unknown): { ok: false; error: ErrorCode } {
  unstable_rethrow(error);
  if (error instanceof AppError) return { ok: false, error: error.code };
  if (isDatabaseUnavailable(error)) return { ok: false, error: "unavailable" };
  console.error(`[action ${name}]`, error);
  return { ok: false, error: "unexpected" };
}

/** Runs `handler` for an authorized, validated call; the result fits `useActionState`. */
export function firmAction<S extends z.ZodObject, T>(
  definition: ActionDefinition<S>,
  handler: (input: z.output<S>, ctx: FirmContext) => Promise<T>,
): (previous: unknown, input: ActionInput) => Promise<ActionResult<T>> {
  if (registry.has(definition.name) && registry.get(definition.name) !== definition.permission) {
    throw new Error(`Duplicate action name ${definition.name}`);
  }
  registry.set(definition.name, definition.permission);
  const schema = definition.schema.strict();
  return async (_previous, input) => {
    try {
      const ctx = await getFirmContext();
      if (!ctx) return { ok: false, error: "unauthenticated" };
      if (!can(ctx.role, definition.permission)) return { ok: false, error: "forbidden" };
      // The firm requires two-step sign-in: until it is set up, only the account's own actions run.
      if (mustSetUpTwoFactor(ctx) && !definition.permission.startsWith("account.")) return { ok: false, error: "two_factor_setup_required" };
      const parsed = schema.safeParse(toObject(input));
      if (!parsed.success) return { ok: false, error: "invalid_input", fieldErrors: fieldErrorsOf(parsed.error) };
      return { ok: true, data: await handler(parsed.data as z.output<S>, ctx) };
    } catch (error) {
      return unexpectedResult(definition.name, error);
    }
  };
}

/**
 * For the few actions that run without a session (setting a password from a one-time link):
 * the same validation and error handling; the handler authorizes with what it is given.
 */
export function publicAction<S extends z.ZodObject, T>(
  definition: { readonly name: string; readonly schema: S },
  handler: (input: z.output<S>) => Promise<T>,
): (previous: unknown, input: ActionInput) => Promise<ActionResult<T>> {
  registry.set(definition.name, "public");
  const schema = definition.schema.strict();
  return async (_previous, input) => {
    const parsed = schema.safeParse(toObject(input));
    if (!parsed.success) return { ok: false, error: "invalid_input", fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return { ok: true, data: await handler(parsed.data as z.output<S>) };
    } catch (error) {
      return unexpectedResult(definition.name, error);
    }
  };
}
