/**
 * Well-formedness first, then parsing. fast-xml-parser alone would "parse" an
 * unclosed tag or an HTML error page into a silently wrong object, so the
 * validator runs first and its line/column goes into the error.
 */
import { decodeXML } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IngestError } from './errors';

/** A parsed element: attributes as `@_name`, text as `#text`, CDATA as `#cdata`, children by tag name. */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

// Elements that repeat in any of the three feed formats: always lists, even when one is present.
const REPEATED = new Set(['item', 'entry', 'category', 'link', 'dc:subject', 'author', 'contributor']);

/**
 * One parser per namespace prefix of the root element. Atom content is markup
 * (xhtml) or escaped markup (html), and an xhtml title mixes text and
 * elements, so those are stop nodes, kept raw and decoded by us. Stop nodes
 * match qualified names, so a prefixed Atom feed (`<atom:feed>`) needs its own.
 */
const parsers = new Map<string, XMLParser>();

function parserFor(prefix: string): XMLParser {
  const cached = parsers.get(prefix);
  if (cached) return cached;
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // No coercion: a guid "000123" must stay "000123" and a title "1e3" must stay text.
    parseTagValue: false,
    parseAttributeValue: false,
    // Entities are decoded by us (numeric references included), exactly once.
    processEntities: false,
    htmlEntities: false,
    cdataPropName: '#cdata',
    commentPropName: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: true,
    stopNodes: [`..${prefix}content`, `..${prefix}summary`, `..${prefix}entry.${prefix}title`],
    isArray: (name: string) => REPEATED.has(name),
  });
  parsers.set(prefix, parser);
  return parser;
}

// XML 1.0 allows tab, LF and CR among the C0 controls; the rest are never legal.
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/**
 * Finds a DOCTYPE or ENTITY declaration in markup. Scanned left to right as
 * the parser reads it, so article text that merely mentions "<!DOCTYPE html>"
 * inside a CDATA section or a comment does not get a feed refused, while a
 * declaration anywhere else does (the validator would let one through inside
 * the root). Blanking CDATA and comments in two separate passes would not do:
 * `<!-- <![CDATA[ -->` would hide a real declaration behind a fake section.
 */
function findDeclaration(text: string): { 1: string; index: number } | null {
  const scanner = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!(DOCTYPE|ENTITY)/gi;
  for (let match = scanner.exec(text); match; match = scanner.exec(text)) {
    if (match[1]) return { 1: match[1], index: match.index };
  }
  return null;
}

/**
 * Parses a feed document. Refuses DOCTYPE and ENTITY declarations outright
 * (no real feed has one; refusing them closes entity bombs and XXE in one
 * step), rejects malformed XML with its line and column, and returns the one
 * root element with its qualified name.
 */
export function parseXml(raw: string, file: string): { rootName: string; root: XmlNode } {
  const text = raw.replace(FORBIDDEN_CONTROLS, '');
  const declaration = findDeclaration(text);
  if (declaration) {
    throw new IngestError(
      file,
      `refused: the document declares <!${declaration[1]?.toUpperCase()}>; feeds never need a DTD or entity declarations`,
      lineAndColumn(text, declaration.index),
    );
  }
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    throw new IngestError(file, `not well-formed XML: ${msg}`, { line, column: col ?? 1 });
  }
  const document = parserFor('').parse(text) as unknown;
  const roots = isNode(document) ? Object.keys(document).filter((key) => !key.startsWith('#')) : [];
  if (roots.length !== 1 || !isNode(document)) {
    throw new IngestError(file, `not well-formed XML: expected one root element, found ${roots.length}`);
  }
  const rootName = roots[0] as string;
  const prefix = rootName.includes(':') ? rootName.slice(0, rootName.indexOf(':') + 1) : '';
  const root = (prefix ? (parserFor(prefix).parse(text) as XmlNode) : document)[rootName];
  return { rootName, root: isNode(root) ? root : { '#text': typeof root === 'string' ? root : '' } };
}

export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Children with a given qualified name, always as a list of nodes. */
export function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => (isNode(item) ? item : { '#text': typeof item === 'string' ? item : '' }));
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? decodeXML(value) : undefined;
}

/**
 * The text content of a simple element: entity-decoded text plus literal
 * CDATA. Returns undefined when the element is absent.
 */
export function textOf(node: XmlNode | undefined): string | undefined {
  if (!node) return undefined;
  const text = node['#text'];
  const cdata = node['#cdata'];
  const parts: string[] = [];
  if (typeof text === 'string') parts.push(decodeXML(text));
  for (const piece of Array.isArray(cdata) ? cdata : cdata === undefined ? [] : [cdata]) {
    if (typeof piece === 'string') parts.push(piece);
  }
  return parts.join('');
}

/**
 * Decodes the raw inner text of a stop node (Atom content): entities outside
 * CDATA sections are decoded, CDATA sections are taken literally.
 */
export function decodeRawText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXML(part)))
    .join('');
}

/** The raw inner markup of a stop node (Atom xhtml content), untouched. */
export function rawOf(node: XmlNode | undefined): string {
  const text = node?.['#text'];
  return typeof text === 'string' ? text : '';
}
