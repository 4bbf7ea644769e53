import { describe, expect, it } from "vitest";
import { clientAddressFrom, PEER_HEADER, UNKNOWN_ADDRESS } from "./client-address";

const h = (init: Record<string, string>) => new Headers(init);

describe("client address for rate limits", () => {
  it("with no trusted proxy, uses the socket address whatever the headers say", () => {
    const headers = h({ [PEER_HEADER]: "198.51.100.7", "x-forwarded-for": "203.0.113.1", "x-real-ip": "203.0.113.2" });
    expect(clientAddressFrom(headers, 0)).toBe("198.51.100.7");
    expect(clientAddressFrom(h({ "x-forwarded-for": "203.0.113.1" }), 0)).toBe(UNKNOWN_ADDRESS);
  });

  it("with N trusted proxies, takes the Nth entry from the right", () => {
    const headers = h({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "1.1.1.1, 203.0.113.5, 10.0.0.1" });
    expect(clientAddressFrom(headers, 1)).toBe("10.0.0.1");
    expect(clientAddressFrom(headers, 2)).toBe("203.0.113.5");
    // A spoofed left-most entry is never picked while the proxies append.
    expect(clientAddressFrom(headers, 3)).toBe("1.1.1.1");
  });

  it("falls back to the socket when the chain is shorter than the trusted hops", () => {
    expect(clientAddressFrom(h({ [PEER_HEADER]: "10.0.0.2" }), 1)).toBe("10.0.0.2");
    expect(clientAddressFrom(h({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "9.9.9.9" }), 2)).toBe("10.0.0.2");
  });
});
