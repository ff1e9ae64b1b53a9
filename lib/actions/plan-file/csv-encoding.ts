// Excel's plain "CSV (séparateur : point-virgule)" saves in Windows-1252, its "CSV UTF-8" in UTF-8:
// a file that is not valid UTF-8 is read as Windows-1252, so that accents survive either way.

// Windows-1252 differs from Latin-1 in 0x80–0x9F only (€, Œ, œ, typographic quotes, …); spelled out
// because some runtimes decode "windows-1252" as Latin-1.
const windows1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
