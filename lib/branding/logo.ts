/**
 * Is an uploaded logo really a PNG or JPEG, and how big is it? Judged by the bytes only (the
 * file name and the browser's MIME type are whatever the sender says): the signature, then
 * the structure — PNG chunks from IHDR to IEND with IHDR's CRC, JPEG segments up to a SOF
 * marker and an end-of-image marker. SVG (scriptable), GIF and anything else are refused.
 * Pure: no I/O.
 */

export const MAX_LOGO_BYTES = 1024 * 1024;
export const MIN_LOGO_PX = 16;
export const MAX_LOGO_PX = 4000;

export type LogoMimeType = "image/png" | "image/jpeg";

export type LogoRejection = "empty" | "too_large" | "unsupported_type" | "damaged" | "dimensions";

export type LogoCheck =
  | { readonly ok: true; readonly mimeType: LogoMimeType; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly reason: LogoRejection };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (b: Uint8Array, i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

type Parsed = { width: number; height: number } | "damaged";

function parsePng(b: Uint8Array): Parsed {
  // Signature (8) + IHDR chunk (4 length + 4 type + 13 data + 4 CRC).
  if (b.length < 33 || u32(b, 8) !== 13 || ascii(b, 12, 4) !== "IHDR") return "damaged";
  if (crc32(b, 12, 29) !== u32(b, 29)) return "damaged";
  const width = u32(b, 16);
  const height = u32(b, 20);
  // Walk the chunks: a cut-off file has no IEND, a file without IDAT has no picture.
  let offset = 33;
  let sawData = false;
  while (offset + 12 <= b.length) {
    const length = u32(b, offset);
    const type = ascii(b, offset + 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type) || offset + 12 + length > b.length) return "damaged";
    if (type === "IDAT") sawData = true;
    if (type === "IEND") return sawData ? { width, height } : "damaged";
    offset += 12 + length;
  }
  return "damaged";
}

// Start-of-frame markers carry the dimensions; C4 (DHT), C8 (JPG) and CC (DAC) do not.
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function parseJpeg(b: Uint8Array): Parsed {
  let offset = 2;
  while (offset < b.length) {
    if (b[offset] !== 0xff) return "damaged";
    while (b[offset] === 0xff && offset < b.length) offset++; // fill bytes
    const marker = b[offset];
    offset++;
    if (marker === undefined) return "damaged";
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (marker === 0xd9 || marker === 0xda) return "damaged"; // image data or end before a frame header
    if (offset + 2 > b.length) return "damaged";
    const length = u16(b, offset);
    if (length < 2 || offset + length > b.length) return "damaged";
    if (SOF.has(marker)) {
      if (length < 8) return "damaged";
      const height = u16(b, offset + 3);
      const width = u16(b, offset + 5);
      // The scan data follows; the file must still end with an end-of-image marker.
      const tail = b.subarray(offset + length);
      for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return { width, height };
      return "damaged";
    }
    offset += length;
  }
  return "damaged";
}

function startsWith(b: Uint8Array, signature: readonly number[]): boolean {
  return b.length >= signature.length && signature.every((v, i) => b[i] === v);
}

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, reason: "too_large" };
  let mimeType: LogoMimeType;
  let parsed: Parsed;
  if (startsWith(bytes, PNG_SIGNATURE)) {
    mimeType = "image/png";
    parsed = parsePng(bytes);
  } else if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    mimeType = "image/jpeg";
    parsed = parseJpeg(bytes);
  } else {
    return { ok: false, reason: "unsupported_type" };
  }
  if (parsed === "damaged") return { ok: false, reason: "damaged" };
  const { width, height } = parsed;
  const fits = (px: number) => px >= MIN_LOGO_PX && px <= MAX_LOGO_PX;
  if (!fits(width) || !fits(height)) return { ok: false, reason: "dimensions" };
  return { ok: true, mimeType, width, height };
}
