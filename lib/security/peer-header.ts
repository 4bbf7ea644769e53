/**
 * Stamps every incoming request with the socket's address (PEER_HEADER) before Next.js sees
 * it, replacing any value a client sent. Next.js exposes no socket to route handlers or server
 * actions, and its own X-Forwarded-For is only filled when the client sent none.
 * Installed once per process from instrumentation-node.ts.
 */
import http from "node:http";
import { PEER_HEADER } from "./client-address";

const holder = globalThis as typeof globalThis & { __salesradarPeerHeader?: boolean };

export function stampPeer(req: http.IncomingMessage): void {
  const address = req.socket?.remoteAddress ?? "";
  // "::ffff:127.0.0.2" and "127.0.0.2" are one client.
  req.headers[PEER_HEADER] = address.startsWith("::ffff:") ? address.slice(7) : address;
  const raw = req.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i]!.toLowerCase() === PEER_HEADER) raw.splice(i, 2);
  raw.push(PEER_HEADER, req.headers[PEER_HEADER] as string);
}

export function installPeerHeader(): void {
  if (holder.__salesradarPeerHeader) return;
  holder.__salesradarPeerHeader = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stampPeer(args[0] as http.IncomingMessage);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
