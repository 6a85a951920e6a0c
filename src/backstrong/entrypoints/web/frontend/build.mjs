// Builds Backstrong's front end into the package's static/dist/ (git-ignored, shipped in the wheel):
//
//   dist/<feature>/<name>-<HASH>.js   each entry below, bundled ES module (plus its .css, if any)
//   dist/chunks/<name>-<HASH>.js      code shared by several entries (esbuild's splitting)
//   dist/vendor/<package>/<version>/  runtime files a library loads itself (wasm, models)
//   dist/styles/<name>-<HASH>.css     the hand-written stylesheets of static/ (STYLES below)
//   dist/sw.js                        the service worker: fixed name, served at /sw.js by the app
//   dist/manifest.json                logical name -> file, read by asset() in templating.py
//   dist/imports.json                 entry -> the chunks it imports (modulepreload links)
//
// Every file under dist/ except sw.js, manifest.json and imports.json is named by its content hash or pinned by
// its package's version, so the app serves them as immutable. Run with `npm run build` (make does).
import { createHash } from "node:crypto";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import * as esbuild from "esbuild";

import { iconPng } from "./tooling/icons.js";
import { importsFromMetafile, manifestFromMetafile, precacheList } from "./tooling/manifest.js";

const FRONTEND = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(FRONTEND, "../../../../..");
const DIST = path.resolve(FRONTEND, "../static/dist");
const URL_PREFIX = "/static/dist/";

// Page entries, relative to frontend/: one line per module a template loads with asset().
const ENTRIES = ["shared/shell.js", "training/today.js", "programs/building.js", "form/check.js", "training/import.js", "training/workout.js", "nutrition/scan.js", "shared/upload.js", "nutrition/diary.js"];

// The hand-written stylesheets in static/, copied to dist/styles/ under their content hash: pages
// link them with asset("styles/<name>"), so a browser keeps them in memory between pages instead of
// asking (the service worker, offline) for each render-blocking sheet on every navigation.
const STYLES = ["app.css", "training.css", "program.css", "nutrition.css", "form.css"];
// Files served as they are by the app under /static/ and precached for offline use (the pages
// link them by fixed URL; the revision makes the worker fetch them again when they change).
const STATIC = ["favicon.svg", "time_zone.js"];
// Pages precached by URL, with the templates they are drawn from (their revision).
const PAGES = [{ url: "/offline", templates: ["offline.html", "base.html"] }];
const ICON_SIZES = [192, 512];

// Files a library fetches at run time by URL, copied from node_modules (never committed, no CDN).
// `from` names the package that depends on it, when it is not a direct dependency.
const VENDOR = [
  {
    name: "@mediapipe/pose",
    // The full model only (pose_landmark_full.tflite, model complexity 1): the heavy one is
    // 27 MB and too slow on a phone, so it is not shipped.
    files: (file) => /\.(js|wasm|data|tflite|binarypb)$/.test(file) && !/heavy/.test(file),
  },
  {
    name: "zxing-wasm",
    from: "barcode-detector",
    files: (file) => file === "dist/reader/zxing_reader.wasm",
  },
];

const posix = (p) => p.split(path.sep).join("/");

/** Node's lookup: node_modules/<name> in `dir` or any folder above it. */
function packageDir(name, dir) {
  for (let at = dir; ; at = path.dirname(at)) {
    const candidate = path.join(at, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (at === path.dirname(at)) throw new Error(`${name} is not installed: run npm ci`);
  }
}

async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => posix(path.relative(dir, path.join(e.parentPath ?? e.path, e.name))))
    .sort();
}

/** Copies each vendor package's runtime files; returns package -> URL of its folder. */
async function copyVendor() {
  const urls = {};
  for (const { name, from, files } of VENDOR) {
    const source = packageDir(name, from ? packageDir(from, ROOT) : ROOT);
    const { version } = JSON.parse(await readFile(path.join(source, "package.json"), "utf8"));
    const folder = `vendor/${name}/${version}/`;
    const wanted = (await filesUnder(source)).filter(files);
    if (wanted.length === 0) throw new Error(`no runtime files found in ${name} ${version}`);
    for (const file of wanted) {
      await cp(path.join(source, file), path.join(DIST, folder, path.basename(file)));
    }
    urls[name] = URL_PREFIX + folder;
  }
  return urls;
}

async function revision(...files) {
  const hash = createHash("sha256");
  for (const file of files) hash.update(await readFile(file));
  return hash.digest("hex").slice(0, 16);
}

const shortHash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 8).toUpperCase();

/** The app icons: icon.svg as it is and PNGs drawn now, named by content hash. */
async function writeIcons() {
  const files = [["icons/icon.svg", await readFile(path.join(FRONTEND, "icons/icon.svg"))]];
  for (const size of ICON_SIZES) files.push([`icons/icon-${size}.png`, iconPng(size)]);
  const manifest = {};
  for (const [name, bytes] of files) {
    const out = name.replace(/(\.[a-z]+)$/, `-${shortHash(bytes)}$1`);
    await mkdir(path.join(DIST, path.dirname(out)), { recursive: true });
    await writeFile(path.join(DIST, out), bytes);
    manifest[name] = out;
  }
  return manifest;
}

/** static/<name>.css as dist/styles/<name>-<HASH>.css; returns their manifest entries. */
async function writeStyles() {
  const staticDir = path.resolve(FRONTEND, "../static");
  const manifest = {};
  for (const name of STYLES) {
    const bytes = await readFile(path.join(staticDir, name));
    const out = `styles/${name.replace(/\.css$/, `-${shortHash(bytes)}.css`)}`;
    await mkdir(path.join(DIST, "styles"), { recursive: true });
    await writeFile(path.join(DIST, out), bytes);
    manifest[`styles/${name}`] = out;
  }
  return manifest;
}

/** Precache entries for the fixed-URL static files and pages (revision: their content). */
async function fixedUrls() {
  const staticDir = path.resolve(FRONTEND, "../static");
  const templates = path.resolve(FRONTEND, "../templates");
  const files = await Promise.all(
    STATIC.map(async (name) => ({ url: `/static/${name}`, revision: await revision(path.join(staticDir, name)) })),
  );
  const pages = await Promise.all(
    PAGES.map(async ({ url, templates: used }) => ({
      url,
      revision: await revision(...used.map((t) => path.join(templates, t)), path.join(staticDir, "app.css")),
    })),
  );
  return [...files, ...pages];
}

const shared = {
  absWorkingDir: ROOT,
  bundle: true,
  minify: true,
  target: "es2020",
  logLevel: "warning",
};

async function build() {
  await rm(DIST, { recursive: true, force: true });
  await mkdir(DIST, { recursive: true });
  const vendor = await copyVendor();

  const pages = await esbuild.build({
    ...shared,
    entryPoints: ENTRIES.map((entry) => path.join(FRONTEND, entry)),
    outbase: FRONTEND,
    outdir: DIST,
    format: "esm",
    splitting: true,
    sourcemap: "linked",
    entryNames: "[dir]/[name]-[hash]",
    chunkNames: "chunks/[name]-[hash]",
    assetNames: "assets/[name]-[hash]",
    metafile: true,
    define: {
      __BACKSTRONG_VENDOR__: JSON.stringify(vendor),
      "process.env.NODE_ENV": '"production"',
    },
  });
  const roots = {
    sourceRoot: posix(path.relative(ROOT, FRONTEND)),
    outRoot: posix(path.relative(ROOT, DIST)),
  };
  const manifest = manifestFromMetafile(pages.metafile, roots);
  for (const [name, url] of Object.entries(vendor)) manifest[`vendor/${name}/`] = url.slice(URL_PREFIX.length);
  const icons = await writeIcons();
  const styles = await writeStyles();
  Object.assign(manifest, icons, styles);

  // The service worker precaches every page module, chunk and stylesheet (not the vendor
  // files: a pose model is tens of megabytes; the feature that needs one caches it at run time).
  const built = [
    ...Object.keys(pages.metafile.outputs).map((out) => path.relative(roots.outRoot, out)),
    ...Object.values(icons),
    ...Object.values(styles),
  ];
  const precache = [
    ...precacheList(
      await Promise.all(
        built.map(async (file) => ({ path: posix(file), revision: await revision(path.join(DIST, file)) })),
      ),
      URL_PREFIX,
    ),
    ...(await fixedUrls()),
  ];
  await esbuild.build({
    ...shared,
    entryPoints: [path.join(FRONTEND, "sw.js")],
    outfile: path.join(DIST, "sw.js"),
    format: "iife",
    define: {
      __BACKSTRONG_PRECACHE__: JSON.stringify(precache),
      "process.env.NODE_ENV": '"production"',
    },
  });

  const imports = importsFromMetafile(pages.metafile, roots);
  await writeFile(path.join(DIST, "imports.json"), `${JSON.stringify(imports, null, 2)}\n`);
  // Last, so a half-finished build leaves no manifest behind (and make builds again).
  await writeFile(path.join(DIST, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`front end built: ${Object.keys(manifest).length} assets, ${precache.length} precached`);
}

await build();
