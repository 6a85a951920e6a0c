import assert from "node:assert/strict";
import { test } from "node:test";

import { importsFromMetafile, isHashed, manifestFromMetafile, precacheList } from "./manifest.js";

const roots = { sourceRoot: "web/frontend", outRoot: "web/static/dist" };

test("entries map from their source name to the hashed output", () => {
  const metafile = {
    outputs: {
      "web/static/dist/training/today-AB12CD34.js": { entryPoint: "web/frontend/training/today.js" },
      "web/static/dist/training/today-AB12CD34.js.map": {},
      "web/static/dist/chunks/chunk-ZZ99YY88.js": {},
      "web/static/dist/form/check-QWERTY12.js": {
        entryPoint: "web/frontend/form/check.js",
        cssBundle: "web/static/dist/form/check-ASDFGH34.css",
      },
    },
  };
  assert.deepEqual(manifestFromMetafile(metafile, roots), {
    "form/check.css": "form/check-ASDFGH34.css",
    "form/check.js": "form/check-QWERTY12.js",
    "training/today.js": "training/today-AB12CD34.js",
  });
});

test("an output outside the dist folder is a build mistake, not a silent skip", () => {
  const metafile = { outputs: { "elsewhere/x-AB12CD34.js": { entryPoint: "web/frontend/x.js" } } };
  assert.throws(() => manifestFromMetafile(metafile, roots), /not under web\/static\/dist/);
});

test("hashed files precache without a revision, others with theirs, source maps not at all", () => {
  const list = precacheList(
    [
      { path: "training/today-AB12CD34.js", revision: "r1" },
      { path: "training/today-AB12CD34.js.map", revision: "r2" },
      { path: "vendor/zxing-wasm/3.1.3/zxing_reader.wasm", revision: "r3" },
    ],
    "/static/dist/",
  );
  assert.deepEqual(list, [
    { url: "/static/dist/training/today-AB12CD34.js", revision: null },
    { url: "/static/dist/vendor/zxing-wasm/3.1.3/zxing_reader.wasm", revision: "r3" },
  ]);
});

test("only esbuild's name-HASH.ext counts as hashed", () => {
  assert.ok(isHashed("chunks/chunk-7XK2M4QA.js"));
  assert.ok(!isHashed("sw.js"));
  assert.ok(!isHashed("manifest.json"));
  assert.ok(!isHashed("vendor/@mediapipe/pose/0.5.1675469404/pose_web.binarypb"));
});

test("an entry's static imports are listed through every chunk level, dynamic ones left lazy", () => {
  const out = (name) => `web/static/dist/${name}`;
  const metafile = {
    outputs: {
      [out("training/workout-AB12CD34.js")]: {
        entryPoint: "web/frontend/training/workout.js",
        imports: [
          { path: out("chunks/chunk-AAAAAAAA.js"), kind: "import-statement" },
          { path: out("chunks/polyfill-CCCCCCCC.js"), kind: "dynamic-import" },
        ],
      },
      [out("chunks/chunk-AAAAAAAA.js")]: { imports: [{ path: out("chunks/chunk-BBBBBBBB.js"), kind: "import-statement" }] },
      [out("chunks/chunk-BBBBBBBB.js")]: { imports: [{ path: out("chunks/chunk-AAAAAAAA.js"), kind: "import-statement" }] },
      [out("chunks/polyfill-CCCCCCCC.js")]: { imports: [] },
      [out("shared/upload-QWERTY12.js")]: { entryPoint: "web/frontend/shared/upload.js", imports: [] },
    },
  };
  assert.deepEqual(importsFromMetafile(metafile, roots), {
    "training/workout.js": ["chunks/chunk-AAAAAAAA.js", "chunks/chunk-BBBBBBBB.js"],
  });
});
