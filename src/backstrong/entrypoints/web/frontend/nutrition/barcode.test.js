import assert from "node:assert/strict";
import { test } from "node:test";

import { FORMATS, chooseDetector, expandUpcE, hasValidCheckDigit, pickCode } from "./barcode.js";

test("a GTIN's check digit is checked for EAN-13, EAN-8, UPC-A and GTIN-14", () => {
  assert.equal(hasValidCheckDigit("3017620422003"), true); // EAN-13
  assert.equal(hasValidCheckDigit("96385074"), true); // EAN-8
  assert.equal(hasValidCheckDigit("036000291452"), true); // UPC-A
  assert.equal(hasValidCheckDigit("10012345678902"), true); // GTIN-14
  assert.equal(hasValidCheckDigit("3017620422004"), false);
  assert.equal(hasValidCheckDigit("3017620422"), false); // 10 digits: no GTIN has them
});

test("only digits in a GTIN's lengths (8, 12, 13, 14) pass the check", () => {
  assert.equal(hasValidCheckDigit("1234567"), false);
  assert.equal(hasValidCheckDigit("1234567895"), false); // a good sum, but 10 digits
  assert.equal(hasValidCheckDigit("301762042200x"), false);
  assert.equal(hasValidCheckDigit("000000000000000"), false);
});

test("a UPC-E stands for its UPC-A by each zero-suppression rule", () => {
  assert.equal(expandUpcE("04252614"), "042100005264"); // last digit 0–2: it ends the maker's number
  assert.equal(expandUpcE("01234531"), "012300000451"); // 3
  assert.equal(expandUpcE("01234542"), "012340000052"); // 4
  assert.equal(expandUpcE("01234565"), "012345000065"); // 5–9
  assert.equal(hasValidCheckDigit(expandUpcE("04252614")), true);
  assert.equal(expandUpcE("21234565"), null); // number system 2 has no UPC-E
  assert.equal(expandUpcE("0123456"), null);
});

test("the first retail barcode with a good check digit is taken", () => {
  const found = [
    { format: "qr_code", rawValue: "https://example.org" },
    { format: "ean_13", rawValue: "3017620422004" }, // misread
    { format: "ean_8", rawValue: "96385074" },
  ];
  assert.equal(pickCode(found), "96385074");
  assert.equal(pickCode([{ format: "upc_e", rawValue: "04252614" }]), "042100005264");
  assert.equal(pickCode([]), null);
  assert.equal(pickCode(undefined), null);
});

class FakeDetector {
  constructor(options) { this.options = options; }
}

function nativeReading(formats) {
  return class extends FakeDetector {
    static async getSupportedFormats() { return formats; }
  };
}

test("the browser's own detector is used when it reads every retail format", async () => {
  let loaded = false;
  const loadPolyfill = async () => { loaded = true; return FakeDetector; };
  const chosen = await chooseDetector({ native: nativeReading([...FORMATS, "qr_code"]), loadPolyfill });
  assert.equal(chosen.kind, "native");
  assert.deepEqual(chosen.detector.options.formats, FORMATS);
  assert.equal(loaded, false, "the polyfill is not even downloaded");
});

test("the polyfill is loaded when the browser has no detector or lacks a format", async () => {
  const loadPolyfill = async () => FakeDetector;
  assert.equal((await chooseDetector({ native: undefined, loadPolyfill })).kind, "polyfill");
  const qrOnly = nativeReading(["qr_code"]);
  const chosen = await chooseDetector({ native: qrOnly, loadPolyfill });
  assert.equal(chosen.kind, "polyfill");
  assert.ok(chosen.detector instanceof FakeDetector);
  assert.deepEqual(chosen.detector.options.formats, FORMATS);
});

test("a browser detector that fails to list its formats falls back to the polyfill", async () => {
  const broken = class extends FakeDetector {
    static async getSupportedFormats() { throw new Error("not on this device"); }
  };
  const chosen = await chooseDetector({ native: broken, loadPolyfill: async () => FakeDetector });
  assert.equal(chosen.kind, "polyfill");
});
