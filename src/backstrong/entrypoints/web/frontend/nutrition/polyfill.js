// The barcode-detector polyfill (ZXing compiled to WebAssembly), for browsers without the
// Barcode Detection API. scan.js imports this module only when it needs it, so the diary page
// does not download the reader otherwise. Its .wasm comes from the app's own static files
// (copied by build.mjs, VENDOR), never from the library's default CDN.
import { BarcodeDetector, prepareZXingModule } from "barcode-detector/ponyfill";

import { vendorUrl } from "../shared/vendor.js";

prepareZXingModule({
  overrides: {
    locateFile: (path, prefix) => (path.endsWith(".wasm") ? vendorUrl("zxing-wasm", path) : prefix + path),
  },
});

export { BarcodeDetector };
