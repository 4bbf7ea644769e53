import { describe, expect, it } from "vitest";
import { chooseLocale, localeFromAcceptLanguage } from "./locale";

describe("locale choice", () => {
  it("prefers the account, then the cookie, then the browser, then Dutch", () => {
    expect(chooseLocale({ account: "en", cookie: "nl", acceptLanguage: "nl" })).toBe("en");
    expect(chooseLocale({ cookie: "en", acceptLanguage: "nl" })).toBe("en");
    expect(chooseLocale({ acceptLanguage: "en-GB,en;q=0.9" })).toBe("en");
    expect(chooseLocale({})).toBe("nl");
    expect(chooseLocale({ account: "fr", cookie: "de", acceptLanguage: "fr" })).toBe("nl");
  });
  it("honours q-values in Accept-Language", () => {
    expect(localeFromAcceptLanguage("de;q=1, en;q=0.5, nl;q=0.8")).toBe("nl");
    expect(localeFromAcceptLanguage("en;q=0, nl;q=0.1")).toBe("nl");
    expect(localeFromAcceptLanguage("fr")).toBeNull();
  });
});
