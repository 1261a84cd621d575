// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "coverage/**", "**/*.cjs", "scripts/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    // Server code logs through pino so nothing personal slips into stdout by accident.
    files: ["src/**/*.ts"],
    ignores: ["src/tab/**", "src/local/**"], // src/local prints the local developer welcome (synthetic demo users)
    rules: { "no-console": "error" },
  },
);
