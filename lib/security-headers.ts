/**
 * HTTP security headers for every response. Pure, so the policy can be tested
 * without a server; next.config.ts applies it.
 *
 * The Content-Security-Policy is as strict as prerendered pages allow: the
 * framework writes inline scripts whose content differs per page and build, so
 * scripts need 'unsafe-inline' (a nonce would force every page to render per
 * request). Everything else is limited to this origin, except images, which
 * articles hotlink from the origins they were published on.
 */

/** `https://blog.example.com` for every remote image in the Markdown bodies, sorted and without repeats. */
export function imageOrigins(markdownBodies: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const body of markdownBodies) {
    for (const match of body.matchAll(/!\[[^\]]*\]\((https?:\/\/[^\s)]+)/g)) {
      try {
        origins.add(new URL(match[1] ?? '').origin);
      } catch {
        // Not a URL: the renderer will not load it either.
      }
    }
  }
  return [...origins].sort();
}

export function contentSecurityPolicy(images: readonly string[]): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', ...images],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export interface Header {
  key: string;
  value: string;
}

export function securityHeaders(images: readonly string[]): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(images) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    // For browsers that predate frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}
