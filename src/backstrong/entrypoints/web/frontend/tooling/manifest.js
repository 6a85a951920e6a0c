// Pure helpers for build.mjs: the asset manifest and the service worker's precache list.
// Kept apart from the build so Node's test runner can check them without running esbuild.

/** Output files the build names by content hash: "name-XXXXXXXX.ext" (esbuild's [hash]). */
const HASHED = /-[A-Z0-9]{8}\.[a-z]+$/;

/** @param {string} path */
export function isHashed(path) {
  return HASHED.test(path);
}

/** @param {string} path @param {string} root */
function relative(path, root) {
  const prefix = root.endsWith("/") ? root : `${root}/`;
  if (!path.startsWith(prefix)) throw new Error(`${path} is not under ${root}`);
  return path.slice(prefix.length);
}

/**
 * Logical name → output file, both relative: to the sources folder and to the dist folder.
 * A JS entry that imports CSS also gets its CSS under the entry's name with ".css".
 * @param {{outputs: Record<string, {entryPoint?: string, cssBundle?: string}>}} metafile esbuild's
 * @param {{sourceRoot: string, outRoot: string}} roots as esbuild names them (relative to its cwd)
 * @returns {Record<string, string>} sorted by logical name
 */
export function manifestFromMetafile(metafile, { sourceRoot, outRoot }) {
  const manifest = {};
  for (const [output, info] of Object.entries(metafile.outputs)) {
    if (!info.entryPoint || output.endsWith(".map")) continue;
    const name = relative(info.entryPoint, sourceRoot);
    manifest[name] = relative(output, outRoot);
    if (info.cssBundle) {
      manifest[name.replace(/\.[cm]?js$/, ".css")] = relative(info.cssBundle, outRoot);
    }
  }
  return Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Entry's logical name → the chunks it imports statically, directly or through another chunk
 * (dist-relative, in the order met): the page links them as modulepreload, so the browser fetches
 * them beside the entry instead of one level of imports after another. Dynamic imports stay lazy.
 * @param {{outputs: Record<string, {entryPoint?: string, imports?: Array<{path: string, kind: string}>}>}} metafile
 * @param {{sourceRoot: string, outRoot: string}} roots
 * @returns {Record<string, string[]>} sorted by logical name; entries without imports left out
 */
export function importsFromMetafile(metafile, { sourceRoot, outRoot }) {
  const result = {};
  for (const [output, info] of Object.entries(metafile.outputs)) {
    if (!info.entryPoint || output.endsWith(".map")) continue;
    const seen = new Set();
    const walk = (file) => {
      for (const { path, kind } of metafile.outputs[file]?.imports ?? []) {
        if (kind !== "import-statement" || seen.has(path) || !metafile.outputs[path]) continue;
        seen.add(path);
        walk(path);
      }
    };
    walk(output);
    if (seen.size) result[relative(info.entryPoint, sourceRoot)] = [...seen].map((path) => relative(path, outRoot));
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Workbox's precache entries for files under the dist folder. A file whose name carries its hash
 * needs no revision (its URL changes with its content); any other file gets one.
 * @param {Array<{path: string, revision: string}>} files dist-relative paths, with a content hash
 * @param {string} urlPrefix where the dist folder is served, e.g. "/static/dist/"
 * @returns {Array<{url: string, revision: string | null}>} sorted by URL
 */
export function precacheList(files, urlPrefix) {
  return files
    .filter(({ path }) => !path.endsWith(".map"))
    .map(({ path, revision }) => ({
      url: urlPrefix + path,
      revision: isHashed(path) ? null : revision,
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}
