// ESLint (flat config) for the front end: src/backstrong/entrypoints/web/frontend/.
import js from "@eslint/js";
import globals from "globals";

const FRONTEND = "src/backstrong/entrypoints/web/frontend";

export default [
  { ignores: ["node_modules/", ".venv/", "**/static/dist/"] },
  js.configs.recommended,
  {
    files: [`${FRONTEND}/**/*.js`],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: globals.browser,
    },
    rules: {
      eqeqeq: "error",
      "no-var": "error",
      "prefer-const": "error",
      "no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  { files: [`${FRONTEND}/sw.js`], languageOptions: { globals: globals.serviceworker } },
  {
    files: [`${FRONTEND}/**/*.test.js`, `${FRONTEND}/**/*.mjs`, `${FRONTEND}/tooling/**`, "*.js"],
    languageOptions: { globals: globals.node },
  },
];
