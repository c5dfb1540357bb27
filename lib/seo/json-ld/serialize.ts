/**
 * JSON-LD as the text of a `<script type="application/ld+json">` element.
 * The data is JSON we build from our records, never HTML; escaping `<` keeps
 * a value such as `</script>` from ending the element early (the pattern the
 * Next.js JSON-LD guide recommends). `\u003c` is still `<` to a JSON parser.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
