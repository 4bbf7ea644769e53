/**
 * The portal's texts: `messages/<locale>.json` plus every `messages/<locale>/*.json`, each of
 * which adds its own top-level namespaces (so features keep their texts in their own files).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "../model/types";

export type Messages = Record<string, unknown>;

const MESSAGES_DIR = path.resolve(/* turbopackIgnore: true */ process.cwd(), "messages");
const cache = new Map<Locale, Messages>();

export class DuplicateNamespaceError extends Error {
  override name = "DuplicateNamespaceError";
}

export function readMessages(locale: Locale, dir = MESSAGES_DIR): Messages {
  const messages: Messages = JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8"));
  const featureDir = path.join(dir, locale);
  if (!existsSync(featureDir)) return messages;
  for (const file of readdirSync(featureDir).filter((f) => f.endsWith(".json")).sort()) {
    const part: Messages = JSON.parse(readFileSync(path.join(featureDir, file), "utf8"));
    for (const [namespace, value] of Object.entries(part)) {
      if (namespace in messages) {
        throw new DuplicateNamespaceError(`Namespace "${namespace}" of ${locale}/${file} is defined twice`);
      }
      messages[namespace] = value;
    }
  }
  return messages;
}

/** Cached per process; in development re-read so edits show without a restart. */
export function loadMessages(locale: Locale, options: { fresh?: boolean } = {}): Messages {
  if (options.fresh) return readMessages(locale);
  let messages = cache.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    cache.set(locale, messages);
  }
  return messages;
}
