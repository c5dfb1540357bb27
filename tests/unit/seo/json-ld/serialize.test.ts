import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '@/lib/seo/json-ld/serialize';

describe('serializeJsonLd', () => {
  it('escapes every < so a value cannot close the script element, and parses back to the same data', () => {
    const data = { headline: 'Pay </script><script>alert(1)</script> & <b>more</b>' };
    const text = serializeJsonLd(data);
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text)).toEqual(data);
  });
});
