import { describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_DIGEST, DatabaseUnavailableError, isDatabaseUnavailable } from "./availability";

const coded = (code: string) => Object.assign(new Error(code), { code });

describe("isDatabaseUnavailable", () => {
  it("recognises outages from the driver, the socket, the server and our own guards", () => {
    for (const code of ["CONNECT_TIMEOUT", "CONNECTION_CLOSED", "ECONNREFUSED", "ECONNRESET", "57P01", "57P03", "53300", "57014", "08006"]) {
      expect(isDatabaseUnavailable(coded(code)), code).toBe(true);
    }
    expect(isDatabaseUnavailable(new DatabaseUnavailableError("pool_timeout"))).toBe(true);
  });

  it("looks through wrappers (drizzle's 'Failed query') and copies of the class from another bundle chunk", () => {
    expect(isDatabaseUnavailable(new Error("Failed query: select 1", { cause: coded("ECONNRESET") }))).toBe(true);
    const foreign = Object.assign(new Error("database unavailable"), { digest: DATABASE_UNAVAILABLE_DIGEST, reason: "stalled" });
    expect(isDatabaseUnavailable(new Error("Failed query", { cause: foreign }))).toBe(true);
  });

  it("leaves real bugs alone: constraint violations, syntax errors, plain errors", () => {
    for (const error of [coded("23505"), coded("42601"), new TypeError("x is undefined"), null, "text"]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });
});
