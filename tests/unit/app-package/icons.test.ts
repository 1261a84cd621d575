import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { drawColorIcon, drawOutlineIcon } from "../../../scripts/make-icons.js";
import { decodePng, encodePng, readPngHeader } from "../../../scripts/lib/png.js";

const icon = (name: string) => readFileSync(new URL(`../../../appPackage/${name}`, import.meta.url));

/** Teams icon rules: https://learn.microsoft.com/microsoft-365/extensibility/schema/root-icons */
describe("the app icons", () => {
  it("color.png is 192×192 and fully opaque", () => {
    expect(readPngHeader(icon("color.png"))).toMatchObject({ width: 192, height: 192 });
    const { pixels } = decodePng(icon("color.png"));
    const alphas = new Set(pixels.filter((_, i) => i % 4 === 3));
    expect([...alphas]).toEqual([255]);
  });

  it("outline.png is 32×32, white on transparent", () => {
    expect(readPngHeader(icon("outline.png"))).toMatchObject({ width: 32, height: 32 });
    const { pixels } = decodePng(icon("outline.png"));
    let [opaque, transparent, coloured] = [0, 0, 0];
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
      if (a === 0) transparent++;
      else if (r !== 255 || g !== 255 || b !== 255) coloured++;
      if (a === 255) opaque++;
    }
    expect(coloured).toBe(0);
    // The emblem covers a good part of the square, and the corners stay clear.
    expect(opaque).toBeGreaterThan(32 * 32 * 0.3);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.2);
    expect(pixels[3]).toBe(0);
  });

  it("are what scripts/make-icons.ts draws", () => {
    const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
    expect(same(decodePng(icon("color.png")).pixels, drawColorIcon().pixels)).toBe(true);
    expect(same(decodePng(icon("outline.png")).pixels, drawOutlineIcon().pixels)).toBe(true);
  });

  it("round-trip through the PNG codec, whatever scanline filter the encoder chose", () => {
    const image = { width: 3, height: 2, pixels: Uint8Array.from({ length: 24 }, (_, i) => (i * 37) % 256) };
    expect(decodePng(encodePng(image))).toEqual(image);
    expect(() => readPngHeader(Buffer.from("not a png at all, not even close"))).toThrow(/signature/);
  });
});
