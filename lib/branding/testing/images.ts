/**
 * Real, tiny PNG and JPEG bytes for tests and e2e fixtures (no binary files to trust): a PNG
 * of one colour (IHDR, zlib-compressed IDAT, IEND, with CRCs) and a baseline grey JPEG.
 */
import { deflateSync } from "node:zlib";

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A width × height RGB PNG filled with one colour ("#rrggbb"). */
export function solidPng(width: number, height: number, colour = "#1d4ed8"): Buffer {
  const rgb = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter method, no interlace
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

function segment(marker: number, data: number[]): number[] {
  const length = data.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...data];
}

/**
 * A baseline greyscale JPEG of mid-grey, width and height multiples of 8. Every 8×8 block has
 * DC difference 0 and no AC terms, coded with one-symbol Huffman tables ("0" = category 0,
 * "0" = end of block), so the entropy-coded data is two zero bits per block.
 */
export function greyJpeg(width: number, height: number): Buffer {
  const blocks = (width / 8) * (height / 8);
  const scanBytes = Math.ceil((blocks * 2) / 8);
  const padBits = scanBytes * 8 - blocks * 2;
  const scan = new Array<number>(scanBytes).fill(0);
  if (padBits > 0) scan[scanBytes - 1] = (1 << padBits) - 1; // pad with 1-bits, as the standard says
  const oneSymbolTable = (tableClass: number) => [(tableClass << 4) | 0, 1, ...new Array(15).fill(0), 0x00];
  return Buffer.from([
    0xff, 0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]), // JFIF
    ...segment(0xdb, [0x00, ...new Array(64).fill(1)]), // quantisation table 0
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]), // SOF0
    ...segment(0xc4, oneSymbolTable(0)), // DC table 0
    ...segment(0xc4, oneSymbolTable(1)), // AC table 0
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]), // SOS
    ...scan,
    0xff, 0xd9,
  ]);
}
