import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Source guards for the storage rules of DESIGN §4 (trust.md P4, P21): every update or delete carries an ETag
 * (the SDK's default is the unconditional If-Match: *), and every table filter is built with the SDK's `odata`
 * tag, which escapes quotes, so no user-controlled string reaches a filter unescaped. A delete that must be
 * unconditional says why in a `/* unconditional: ... *\/` comment inside the call.
 */
const ROOT = join(import.meta.dirname, "../../../src/adapters");

function sources(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { file: file.slice(ROOT.length + 1), text: readFileSync(file, "utf8") };
    });
}

/** The text of each call `name(...)`, balanced parentheses included. */
function calls(text: string, name: RegExp): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(name)) {
    let depth = 0;
    let i = (match.index ?? 0) + match[0].length - 1;
    const start = i;
    for (; i < text.length; i++) {
      if (text[i] === "(") depth++;
      else if (text[i] === ")" && --depth === 0) break;
    }
    found.push(text.slice(start, i + 1));
  }
  return found;
}

/** `filter:` values in code (comments skipped) that are not an `odata` tagged template. */
function untaggedFilters(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .flatMap((line) => [...line.matchAll(/\bfilter\s*:\s*(\S+)/g)].map((m) => m[1] ?? ""))
    .filter((value) => !value.startsWith("odata`"));
}

describe("storage guards", () => {
  const files = sources(ROOT);

  it("finds the adapters it guards", () => {
    expect(files.some((f) => f.file.includes("table-ops.ts"))).toBe(true);
  });

  it("sends no updateEntity or deleteEntity without an ETag", () => {
    const unguarded = files.flatMap(({ file, text }) =>
      calls(text, /\.(?:updateEntity|deleteEntity)\(/g)
        .filter((call) => !/\betag\b/.test(call) && !/unconditional:/.test(call))
        .map((call) => `${file}: ${call.replace(/\s+/g, " ").slice(0, 100)}`),
    );
    expect(unguarded).toEqual([]);
  });

  it("builds every table filter with the odata tag", () => {
    const untagged = files.flatMap(({ file, text }) =>
      untaggedFilters(text).map((value) => `${file}: filter: ${value}`),
    );
    expect(untagged).toEqual([]);
  });

  it("the guards catch a violation (self-test)", () => {
    expect(calls("x.deleteEntity(pk, rk);", /\.(?:updateEntity|deleteEntity)\(/g)).toEqual(["(pk, rk)"]);
    expect(untaggedFilters("queryOptions: { filter: `PartitionKey eq '${id}'` }")).toHaveLength(1);
    expect(untaggedFilters("queryOptions: { filter: odata`PartitionKey eq ${id}` }")).toEqual([]);
  });
});
