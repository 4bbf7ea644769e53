/**
 * A rule about one form field that only the data layer can check (it needs the database or
 * the clock). Actions wrap their handler in withFieldRules, so the form gets the rule's reason
 * next to that field instead of a generic error.
 */
import { AppError } from "../errors";

export class FieldRuleError extends AppError {
  override name = "FieldRuleError";
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super("invalid_input", `${field}: ${reason}`);
  }
}

/** What a form action returns: saved (with its data), or refused by a field rule. */
export type Saved<T extends object> = ({ readonly saved: true } & T) | { readonly saved: false; readonly field: string; readonly reason: string };

export function withFieldRules<I, C, T extends object>(handler: (input: I, ctx: C) => Promise<T>): (input: I, ctx: C) => Promise<Saved<T>> {
  return async (input, ctx) => {
    try {
      return { saved: true, ...(await handler(input, ctx)) };
    } catch (error) {
      if (error instanceof FieldRuleError) return { saved: false, field: error.field, reason: error.reason };
      throw error;
    }
  };
}
