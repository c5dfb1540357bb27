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
 * Decodes a source file. Throws an IngestError for an unknown encoding label or
 * for bytes that are not valid in the declared (or default UTF-8) encoding.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  let encoding = 'utf-8';
  let offset = 0;
  const bom = BOMS.find((candidate) => startsWith(bytes, candidate.bytes));
  if (bom) {
    encoding = bom.encoding;
    offset = bom.bytes.length;
  } else {
    const declared = prologEncoding(bytes);
    if (declared) encoding = declared.toLowerCase();
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new IngestError(file, `unsupported encoding "${encoding}" in the XML declaration`);
  }
  try {
    return decoder.decode(bytes.subarray(offset));
  } catch {
    throw new IngestError(file, `bytes are not valid ${encoding}`);
  }
}
