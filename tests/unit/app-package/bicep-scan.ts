/**
 * A small Bicep reader for the offline checks in infra.test.ts: there is no Bicep compiler here, so these tests
 * check what can be checked from the text (declarations, balanced delimiters, module parameters).
 */

export interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
  decorators: string[];
}

export interface BicepFile {
  /** The text with comments and string contents blanked out (string interpolations kept), same length. */
  code: string;
  params: BicepParam[];
  resources: { symbol: string; type: string }[];
  modules: { symbol: string; path: string; params: string[] }[];
  vars: string[];
  outputs: string[];
}

/**
 * Blanks comments and the literal parts of strings, keeping `${...}` interpolations as code, so braces and
 * brackets can be counted and declarations found without being fooled by text. Throws on an unterminated string.
 */
export function stripBicep(text: string): string {
  let out = "";
  const stack: ("string" | "interp")[] = [];
  let depthInInterp = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const next = text[i + 1] ?? "";
    const inString = stack.at(-1) === "string";
    if (inString) {
      if (ch === "\\") {
        out += "  ";
        i++;
      } else if (ch === "'") {
        stack.pop();
        out += "'";
      } else if (ch === "$" && next === "{") {
        stack.push("interp");
        depthInInterp = 0;
        out += "${";
        i++;
      } else out += ch === "\n" ? "\n" : " ";
      continue;
    }
    if (ch === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? text.length : end;
      out += " ".repeat(stop - i);
      i = stop - 1;
    } else if (ch === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop - 1;
    } else if (ch === "'") {
      stack.push("string");
      out += "'";
    } else if (stack.at(-1) === "interp" && ch === "}" && depthInInterp === 0) {
      stack.pop();
      out += "}";
    } else {
      if (stack.at(-1) === "interp" && ch === "{") depthInInterp++;
      if (stack.at(-1) === "interp" && ch === "}") depthInInterp--;
      out += ch;
    }
  }
  if (stack.length) throw new Error("unterminated string or interpolation");
  return out;
}

/** Whether every (, [ and { is closed by its partner, in order. Returns the first problem, or undefined. */
export function delimiterProblem(code: string): string | undefined {
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  const stack: { ch: string; line: number }[] = [];
  let line = 1;
  for (const ch of code) {
    if (ch === "\n") line++;
    else if (ch === "(" || ch === "[" || ch === "{") stack.push({ ch, line });
    else if (ch in pairs) {
      const open = stack.pop();
      if (open?.ch !== pairs[ch]) return `unexpected "${ch}" on line ${line}`;
    }
  }
  const open = stack.pop();
  return open ? `"${open.ch}" on line ${open.line} is never closed` : undefined;
}

/** The top-level keys of the `{ ... }` block that starts at `open` (the index of its "{"). */
function blockKeys(code: string, open: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const ch = code[i];
    if (ch === "{" || ch === "[" || ch === "(") depth++;
    else if (ch === "}" || ch === "]" || ch === ")") {
      depth--;
      if (depth === 0) break;
    } else if (depth === 1 && (i === open + 1 || code[i - 1] === "\n")) {
      const key = /^\s*([A-Za-z_]\w*)\s*:/.exec(code.slice(i, code.indexOf("\n", i)));
      if (key?.[1]) keys.push(key[1]);
    }
  }
  return keys;
}

/** Reads declarations from a Bicep file's text. */
export function readBicep(text: string): BicepFile {
  const code = stripBicep(text);
  const lines = code.split("\n");
  const originalLines = text.split("\n");
  const params: BicepParam[] = [];
  lines.forEach((line, index) => {
    const match = /^param\s+(\w+)\s+(\w+)(\s*=)?/.exec(line);
    if (!match?.[1] || !match[2]) return;
    const decorators: string[] = [];
    for (let j = index - 1; j >= 0 && /^@/.test(originalLines[j] ?? ""); j--) decorators.push(originalLines[j] ?? "");
    params.push({ name: match[1], type: match[2], hasDefault: Boolean(match[3]), decorators });
  });
  // Resource types are string literals, blanked in `code`: read them from the original text of the same line.
  const resources = lines.flatMap((line, index) => {
    const symbol = /^resource\s+(\w+)\s+'/.exec(line)?.[1];
    const type = /^resource\s+\w+\s+'([^']*)'/.exec(originalLines[index] ?? "")?.[1];
    return symbol && type !== undefined ? [{ symbol, type }] : [];
  });
  const modules = [...code.matchAll(/^module\s+(\w+)\s+'[^\n]*?=\s*\{/gm)].map((m) => {
    const lineIndex = code.slice(0, m.index).split("\n").length - 1;
    const path = /^module\s+\w+\s+'([^']*)'/.exec(originalLines[lineIndex] ?? "")?.[1] ?? "";
    const paramsAt = code.indexOf("params:", m.index);
    const brace = code.indexOf("{", paramsAt);
    return { symbol: m[1] ?? "", path, params: paramsAt < 0 ? [] : blockKeys(code, brace) };
  });
  const vars = [...code.matchAll(/^var\s+(\w+)\s*=/gm)].map((m) => m[1] ?? "");
  const outputs = [...code.matchAll(/^output\s+(\w+)\s+\w+\s*=/gm)].map((m) => m[1] ?? "");
  return { code, params, resources, modules, vars, outputs };
}

/** Keys of the object literal assigned to `var <name> = {`, e.g. the app settings. */
export function objectVarKeys(file: BicepFile, name: string): string[] {
  const at = new RegExp(`^var\\s+${name}\\s*=\\s*\\{`, "m").exec(file.code);
  return at ? blockKeys(file.code, file.code.indexOf("{", at.index)) : [];
}

/** Literal string values of an object variable's entries (`KEY: 'value'`); computed entries are left out. */
export function objectVarLiterals(text: string, file: BicepFile, name: string): Record<string, string> {
  const literals: Record<string, string> = {};
  for (const key of objectVarKeys(file, name)) {
    const value = new RegExp(`^\\s*${key}:\\s*'([^'$]*)'\\s*$`, "m").exec(text)?.[1];
    if (value !== undefined) literals[key] = value;
  }
  return literals;
}
