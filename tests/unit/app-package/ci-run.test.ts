import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ciRun = fileURLToPath(new URL("../../../.ci/run", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "trivsel-ci-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A stand-in for npm: `npm ci` and `npm run check` succeed unless told otherwise, and `npm test -- ...` writes
 * the JSON report it is given (from $FAKE_REPORT) to the --outputFile path, then exits with $FAKE_TEST_EXIT.
 */
const FAKE_NPM = `#!/usr/bin/env bash
case "$1" in
  ci) exit "\${FAKE_CI_EXIT:-0}" ;;
  run) exit "\${FAKE_CHECK_EXIT:-0}" ;;
  test)
    for arg in "$@"; do case "$arg" in --outputFile=*) out="\${arg#--outputFile=}" ;; esac; done
    [ -n "\${FAKE_REPORT:-}" ] && printf '%s' "$FAKE_REPORT" > "$out"
    echo "vitest output"
    exit "\${FAKE_TEST_EXIT:-0}" ;;
esac
`;

let runs = 0;
function runCi(env: Record<string, string>): { stdout: string; status: number | null } {
  const repo = join(work, `repo-${runs++}`);
  mkdirSync(join(repo, ".ci"), { recursive: true });
  mkdirSync(join(repo, "bin"));
  copyFileSync(ciRun, join(repo, ".ci", "run"));
  writeFileSync(join(repo, "bin", "npm"), FAKE_NPM);
  chmodSync(join(repo, "bin", "npm"), 0o755);
  const result = spawnSync("bash", [join(repo, ".ci", "run")], {
    env: { PATH: `${join(repo, "bin")}:${process.env["PATH"]}`, CHROMIUM: "/bin/sh", ...env },
    encoding: "utf8",
  });
  return { stdout: result.stdout, status: result.status };
}

const report = (passed: number, failed: number, files: object[] = []) =>
  JSON.stringify({ numPassedTests: passed, numFailedTests: failed, testResults: files });

describe(".ci/run", () => {
  it("prints one plain summary line and exits 0 when everything passes", () => {
    expect(runCi({ FAKE_REPORT: report(42, 0) })).toEqual({ stdout: "42 passed, 0 failed\n", status: 0 });
  });

  it("counts failed tests and exits non-zero", () => {
    expect(runCi({ FAKE_REPORT: report(40, 2), FAKE_TEST_EXIT: "1" })).toEqual({
      stdout: "40 passed, 2 failed\n",
      status: 1,
    });
  });

  it("counts a test file that failed to load as a failure", () => {
    const broken = { status: "failed", assertionResults: [] };
    const fine = { status: "passed", assertionResults: [{ status: "passed" }] };
    const result = runCi({ FAKE_REPORT: report(1, 0, [broken, fine]), FAKE_TEST_EXIT: "1" });
    expect(result).toEqual({ stdout: "1 passed, 1 failed\n", status: 1 });
  });

  it("fails when the check fails, even if every test passes", () => {
    expect(runCi({ FAKE_REPORT: report(42, 0), FAKE_CHECK_EXIT: "2" })).toEqual({
      stdout: "42 passed, 0 failed\n",
      status: 1,
    });
  });

  it("still prints a summary, as a failure, when there is no report or npm ci fails", () => {
    expect(runCi({ FAKE_TEST_EXIT: "1" })).toEqual({ stdout: "0 passed, 1 failed\n", status: 1 });
    expect(runCi({ FAKE_CI_EXIT: "1" })).toEqual({ stdout: "0 passed, 1 failed\n", status: 1 });
  });
});
