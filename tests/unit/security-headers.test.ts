import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, imageOrigins, securityHeaders } from '@/lib/security-headers';

describe('imageOrigins', () => {
  it('lists the origin of every remote image once, and nothing from links or bad addresses', () => {
    const bodies = [
      '![Chart](https://blog.example.com/a.png) and [a link](https://elsewhere.example.org/page)',
      '![Again](https://blog.example.com/b.png) ![Other](http://cdn.example.net/c.jpg?x=1) ![Bad](https://)',
    ];
    expect(imageOrigins(bodies)).toEqual(['http://cdn.example.net', 'https://blog.example.com']);
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy(['https://blog.example.com']);
  const directive = (name: string) => policy.split('; ').find((entry) => entry.startsWith(`${name} `));

  it('keeps everything on this origin, except the article image origins', () => {
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('img-src')).toBe("img-src 'self' data: https://blog.example.com");
    expect(directive('connect-src')).toBe("connect-src 'self'");
    expect(directive('style-src')).toBe("style-src 'self'");
    // The framework's per-page inline scripts are the one exception (see lib/security-headers.ts).
    expect(directive('script-src')).toBe("script-src 'self' 'unsafe-inline'");
  });

  it('forbids framing, plugins and foreign form targets', () => {
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('form-action')).toBe("form-action 'self'");
    expect(directive('base-uri')).toBe("base-uri 'self'");
  });
});

describe('securityHeaders', () => {
  it('sends the policy with the other protective headers', () => {
    const headers = Object.fromEntries(securityHeaders([]).map((header) => [header.key, header.value]));
    expect(Object.keys(headers).sort()).toEqual([
      'Content-Security-Policy',
      'Permissions-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
      'X-Frame-Options',
    ]);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});
