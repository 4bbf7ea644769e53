import { Socket } from "node:net";
import http from "node:http";
import { describe, expect, it } from "vitest";
import { PEER_HEADER } from "./client-address";
import { stampPeer } from "./peer-header";

function request(remoteAddress: string, headers: Record<string, string>): http.IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: remoteAddress });
  const req = new http.IncomingMessage(socket);
  req.headers = { ...headers };
  req.rawHeaders = Object.entries(headers).flat();
  return req;
}

describe("the peer stamp", () => {
  it("replaces a client-sent peer header with the socket's address", () => {
    const req = request("::ffff:127.0.0.2", { [PEER_HEADER]: "1.2.3.4", "x-forwarded-for": "5.6.7.8" });
    stampPeer(req);
    expect(req.headers[PEER_HEADER]).toBe("127.0.0.2");
    expect(req.rawHeaders.filter((h, i) => i % 2 === 0 && h.toLowerCase() === PEER_HEADER)).toHaveLength(1);
    expect(req.rawHeaders.at(-1)).toBe("127.0.0.2");
    expect(req.headers["x-forwarded-for"]).toBe("5.6.7.8"); // left for TRUSTED_PROXY_HOPS to read
  });
});
