import { describe, expect, it } from "vitest";
import { checkLogo, MAX_LOGO_BYTES } from "./logo";
import { greyJpeg, solidPng } from "./testing/images";

const text = (s: string) => new TextEncoder().encode(s);

describe("checkLogo accepts real PNG and JPEG bytes", () => {
  it("reads a PNG's dimensions from IHDR", () => {
    expect(checkLogo(solidPng(120, 40))).toEqual({ ok: true, mimeType: "image/png", width: 120, height: 40 });
  });

  it("reads a JPEG's dimensions from its SOF marker", () => {
    expect(checkLogo(greyJpeg(64, 32))).toEqual({ ok: true, mimeType: "image/jpeg", width: 64, height: 32 });
  });

  it("accepts the limits themselves", () => {
    expect(checkLogo(solidPng(16, 16)).ok).toBe(true);
    expect(checkLogo(solidPng(4000, 16)).ok).toBe(true);
  });
});

describe("checkLogo refuses", () => {
  it("empty and oversized input", () => {
    expect(checkLogo(new Uint8Array(0))).toEqual({ ok: false, reason: "empty" });
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(solidPng(32, 32));
    expect(checkLogo(big)).toEqual({ ok: false, reason: "too_large" });
  });

  it("SVG, GIF, text and random bytes as unsupported", () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(1)</script></svg>';
    expect(checkLogo(text(svg))).toEqual({ ok: false, reason: "unsupported_type" });
    expect(checkLogo(text("GIF89a\x40\x00\x40\x00\x80\x00\x00"))).toEqual({ ok: false, reason: "unsupported_type" });
    expect(checkLogo(text("just a text file renamed to logo.png"))).toEqual({ ok: false, reason: "unsupported_type" });
    const random = Uint8Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 251);
    expect(checkLogo(random)).toEqual({ ok: false, reason: "unsupported_type" });
  });

  it("a PNG signature with a truncated IHDR, a bad CRC, or cut off before IEND", () => {
    const png = solidPng(64, 64);
    expect(checkLogo(png.subarray(0, 20))).toEqual({ ok: false, reason: "damaged" });
    expect(checkLogo(png.subarray(0, 8))).toEqual({ ok: false, reason: "damaged" });
    expect(checkLogo(png.subarray(0, png.length - 6))).toEqual({ ok: false, reason: "damaged" });
    const badCrc = Buffer.from(png);
    badCrc[17] = 0x7f; // width changed, CRC not
    expect(checkLogo(badCrc)).toEqual({ ok: false, reason: "damaged" });
  });

  it("a JPEG without a frame header or cut off before its end", () => {
    const jpeg = greyJpeg(32, 32);
    expect(checkLogo(jpeg.subarray(0, jpeg.length - 2))).toEqual({ ok: false, reason: "damaged" });
    expect(checkLogo(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toEqual({ ok: false, reason: "damaged" });
    expect(checkLogo(jpeg.subarray(0, 30))).toEqual({ ok: false, reason: "damaged" });
  });

  it("absurd dimensions", () => {
    expect(checkLogo(solidPng(8, 64))).toEqual({ ok: false, reason: "dimensions" });
    expect(checkLogo(solidPng(4001, 16))).toEqual({ ok: false, reason: "dimensions" });
    expect(checkLogo(greyJpeg(8, 8))).toEqual({ ok: false, reason: "dimensions" });
  });
});
