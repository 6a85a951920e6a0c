// `npm test`: Node's built-in test runner over frontend/**/*.test.js. Lists the files itself,
// because `node --test` takes globs only from Node 21 and folders only up to Node 20.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const frontend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tests = readdirSync(frontend, { recursive: true })
  .filter((file) => file.endsWith(".test.js"))
  .sort()
  .map((file) => path.join(frontend, file));
if (tests.length === 0) {
  console.error(`no *.test.js under ${frontend}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--test", ...tests], { stdio: "inherit" });
process.exit(result.status ?? 1);
