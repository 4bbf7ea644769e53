import { describe, expect, it } from "vitest";
import { INDUSTRIES } from "../lib/clients/industries";
import { ERROR_CODES } from "../lib/errors";
import { readMessages } from "../lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

// ICU arguments: "{name}" and "{count, plural, …}" both name an argument.
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();

describe("message catalogues", () => {
  const nlLeaves = leaves(readMessages("nl") as Tree);
  const enLeaves = leaves(readMessages("en") as Tree);

  it("have the same keys in Dutch and English", () => {
    expect([...enLeaves.keys()].filter((k) => !nlLeaves.has(k))).toEqual([]);
    expect([...nlLeaves.keys()].filter((k) => !enLeaves.has(k))).toEqual([]);
  });

  it("have no empty texts and the same placeholders in both languages", () => {
    for (const [key, text] of nlLeaves) {
      expect(text.trim(), `nl ${key}`).not.toBe("");
      expect(enLeaves.get(key)?.trim(), `en ${key}`).not.toBe("");
      expect(placeholders(enLeaves.get(key) ?? ""), key).toEqual(placeholders(text));
    }
  });

  it("translate every expected error code", () => {
    for (const code of ERROR_CODES) {
      expect(nlLeaves.has(`errors.${code}`), code).toBe(true);
    }
  });

  it("name every industry", () => {
    for (const industry of INDUSTRIES) expect(nlLeaves.has(`industries.${industry}`), industry).toBe(true);
  });
});
