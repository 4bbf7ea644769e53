/**
 * Small wording rules shared by the e-mails and the pages. Pure.
 */

/**
 * A name that itself ends in a full stop ("Groen B.V.") gets no second one where a sentence
 * ends right after it ("… van Groen B.V."). Only the stop directly after an interpolated
 * name is dropped; an ellipsis stays.
 */
export function withoutDoubledFullStops(text: string, values: Readonly<Record<string, unknown>> = {}): string {
  let out = text;
  for (const value of Object.values(values)) {
    if (typeof value !== "string" || !value.endsWith(".") || value.endsWith("..")) continue;
    out = out.replace(new RegExp(`${escapeRegExp(value)}\\.(?!\\.)`, "g"), value);
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
