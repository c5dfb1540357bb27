import { type NextRequest, NextResponse } from 'next/server';
import { toPair } from '@/lib/guides/compare/pairs';
import { getRoles } from '@/lib/records';

/**
 * The role picker's form target when JavaScript is off: 303 to the canonical
 * comparison, or back to /compare with a message when the choice is not two
 * different known roles.
 */
export function GET(request: NextRequest): NextResponse {
  const params = request.nextUrl.searchParams;
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const known = new Set(getRoles().map((role) => role.slug));
  const target =
    known.has(a) && known.has(b) && a !== b
      ? `/compare/${toPair(a, b).slug}`
      : `/compare?problem=${a === b && known.has(a) ? 'same' : 'unknown'}#picker`;
  // A relative Location: the server's idea of its own origin (localhost behind a
  // proxy or on another interface) is not the address the visitor used, and the
  // Content-Security-Policy's form-action 'self' blocks a redirect to another origin.
  return new NextResponse(null, { status: 303, headers: { Location: target } });
}
