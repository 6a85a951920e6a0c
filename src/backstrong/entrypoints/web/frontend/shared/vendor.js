// Where the app serves a library's runtime files (wasm, models), copied by build.mjs into
// static/dist/vendor/<package>/<version>/. build.mjs injects __BACKSTRONG_VENDOR__.
/* global __BACKSTRONG_VENDOR__ */
const FOLDERS = typeof __BACKSTRONG_VENDOR__ === "undefined" ? {} : __BACKSTRONG_VENDOR__;

/**
 * URL of `file` from vendor package `name`, e.g. vendorUrl("zxing-wasm", "zxing_reader.wasm").
 * @param {string} name @param {string} file
 */
export function vendorUrl(name, file) {
  const folder = FOLDERS[name];
  if (!folder) throw new Error(`${name} has no vendor files: add it to VENDOR in frontend/build.mjs`);
  return folder + file;
}
