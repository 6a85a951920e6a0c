// The pure parts of the diary's barcode scanner: which detector to use (the browser's own
// Barcode Detection API, else the barcode-detector polyfill), and which of its readings to
// take. The server still decides what a barcode is worth (parse_barcode, the look-up).

/** Retail barcodes printed on food packs, as the Barcode Detection API names them. */
export const FORMATS = Object.freeze(["ean_13", "ean_8", "upc_a", "upc_e"]);

const GTIN_LENGTHS = [8, 12, 13, 14];

/**
 * Whether a GTIN (EAN-8, UPC-A, EAN-13, GTIN-14) ends in its GS1 check digit: from the right,
 * digits weigh 1, 3, 1, 3 … and the weighted sum is a multiple of 10.
 * @param {string} digits
 */
export function hasValidCheckDigit(digits) {
  if (!/^\d+$/.test(digits) || !GTIN_LENGTHS.includes(digits.length)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    sum += i % 2 === 0 ? digit : 3 * digit;
  }
  return sum % 10 === 0;
}

/**
 * The UPC-A a UPC-E stands for (GS1 zero suppression), or null when `code` is no UPC-E.
 * Shops and Open Food Facts know products by the full number.
 * @param {string} code  8 digits: number system (0 or 1), six digits, check digit
 */
export function expandUpcE(code) {
  if (!/^[01]\d{7}$/.test(code)) return null;
  const [system, d1, d2, d3, d4, d5, d6, check] = code;
  const body = {
    0: `${d1}${d2}${d6}0000${d3}${d4}${d5}`,
    1: `${d1}${d2}${d6}0000${d3}${d4}${d5}`,
    2: `${d1}${d2}${d6}0000${d3}${d4}${d5}`,
    3: `${d1}${d2}${d3}00000${d4}${d5}`,
    4: `${d1}${d2}${d3}${d4}00000${d5}`,
  }[d6] ?? `${d1}${d2}${d3}${d4}${d5}0000${d6}`;
  return `${system}${body}${check}`;
}

/**
 * The code to look up from one detect() answer: the first retail barcode whose check digit
 * holds (a UPC-E as its UPC-A), or null.
 * @param {{format: string, rawValue: string}[]} found
 */
export function pickCode(found) {
  for (const { format, rawValue } of found ?? []) {
    if (!FORMATS.includes(format)) continue;
    const code = format === "upc_e" ? expandUpcE(String(rawValue)) : String(rawValue);
    if (code && hasValidCheckDigit(code)) return code;
  }
  return null;
}

/**
 * The detector to scan with: the browser's own when it reads every retail format, else the
 * polyfill, loaded only now (it brings a 1 MB WebAssembly reader).
 * @param {{native?: any, loadPolyfill: () => Promise<any>}} options
 * @returns {Promise<{kind: "native" | "polyfill", detector: any}>}
 */
export async function chooseDetector({ native, loadPolyfill }) {
  if (native && typeof native.getSupportedFormats === "function") {
    let supported = [];
    try {
      supported = await native.getSupportedFormats();
    } catch {
      supported = [];
    }
    if (FORMATS.every((format) => supported.includes(format))) {
      return { kind: "native", detector: new native({ formats: [...FORMATS] }) };
    }
  }
  const Polyfill = await loadPolyfill();
  return { kind: "polyfill", detector: new Polyfill({ formats: [...FORMATS] }) };
}
