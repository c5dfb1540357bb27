/**
 * Bytes -> text. A feed's encoding comes from its byte-order mark or its XML
 * prolog; decoding windows-1252 bytes as UTF-8 would turn every accented
 * character into U+FFFD, so we honour what the document says.
 */
import { IngestError } from './errors';

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

// windows-1252 at 0x80-0x9F (index 0 is 0x80); the five bytes it leaves undefined keep their C1 code point.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Reads `encoding="..."` from an ASCII-compatible XML prolog, if there is one. */
function prologEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const prolog = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return prolog?.[1] ?? null;
}

/**
 * Decodes a source file. Throws an IngestError for binary data, an unknown
 * encoding label or bytes that are not valid in the declared (or default
 * UTF-8) encoding.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  let encoding = 'utf-8';
  let offset = 0;
  const bom = BOMS.find((candidate) => startsWith(bytes, candidate.bytes));
  if (bom) {
    encoding = bom.encoding;
    offset = bom.bytes.length;
  } else {
    // No text encoding we accept without a BOM has a NUL byte: an image or archive would only fail later as "not valid utf-8".
    if (bytes.includes(0)) throw new IngestError(file, 'not a feed (binary data)');
    const declared = prologEncoding(bytes);
    if (declared) encoding = declared.toLowerCase();
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new IngestError(file, `unsupported encoding "${encoding}" in the XML declaration`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes.subarray(offset));
  } catch {
    throw new IngestError(file, `bytes are not valid ${encoding}`);
  }
  // Every latin1 label means windows-1252 (WHATWG), but some Node versions decode
  // 0x80-0x9F as C1 controls, which would drop "€", "’" and "—" from the feed.
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}
