import { serializeJsonLd } from '@/lib/seo/json-ld/serialize';

/**
 * Structured data for search engines, from a builder in lib/seo/json-ld. The
 * script is data (`application/ld+json`): browsers never run it, so the
 * Content-Security-Policy's script rules do not apply to it.
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
