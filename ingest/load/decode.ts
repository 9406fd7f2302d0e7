/**
 * Bytes → text. News sites still serve EUC-KR/CP949, and Windows tools write UTF-16, so we
 * look at BOMs first, then check strict UTF-8, then ask chardet and convert with iconv-lite.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export class DecodeError extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Guess UTF-16 without a BOM: many NULs on one byte parity is the telltale of ASCII in UTF-16. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of characters that are replacement chars or C0 controls: how badly a decode went. */
function garbage(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  return bad / text.length;
}

export function hasNulBytes(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/** Decode bytes to a string; throws DecodeError naming what was tried. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (b0 === 0xff && b1 === 0xfe)
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff)
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  const u16 = utf16WithoutBom(bytes);
  if (u16) return { text: iconv.decode(Buffer.from(bytes), u16), encoding: u16 };
  if (hasNulBytes(bytes)) throw new DecodeError('binary file (NUL bytes)');
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to detection
  }
  const guess = (chardet.detect(bytes) ?? '').toLowerCase();
  // Korean legacy pages: chardet says EUC-KR (or sometimes a Chinese/Japanese legacy code);
  // CP949 is a superset of EUC-KR, so decoding as CP949 is right for all of them.
  const candidates = [guess === 'euc-kr' || guess === 'iso-2022-kr' ? 'cp949' : guess, 'cp949'].filter(
    (e) => e && iconv.encodingExists(e),
  );
  for (const enc of candidates) {
    const text = iconv.decode(Buffer.from(bytes), enc);
    if (garbage(text) < 0.001 && hangulOrAsciiShare(text) > 0.9)
      return { text, encoding: enc === 'cp949' ? 'euc-kr' : enc };
  }
  throw new DecodeError('not valid text in UTF-8, UTF-16 or EUC-KR');
}

function strictUtf8(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new DecodeError('not valid text in UTF-8, UTF-16 or EUC-KR (UTF-8 BOM but invalid bytes)');
  }
}

/** A correct Korean decode is almost all Hangul, ASCII, CJK punctuation or common symbols. */
function hangulOrAsciiShare(text: string): number {
  if (text.length === 0) return 1;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c < 0x80 ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0x2000 && c <= 0x206f) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x3130 && c <= 0x318f) ||
      c === 0xb7
    )
      ok++;
  }
  return ok / text.length;
}
