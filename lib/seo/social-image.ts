/**
 * The words on the social images (Open Graph and Twitter cards), kept apart
 * from the drawing so they can be tested and always say what the pages say.
 */
import type { SalarySeries } from '@/lib/guides/pay/series';
import { describeSeriesSpan } from '@/lib/guides/pay/text';

/** Open Graph's recommended size; Twitter's large card takes the same 1.91:1 image. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The label above a pay range: the role cards' wording. */
export const PAY_LABEL = 'Pay a year (US$)';

/** Said instead of a range when the articles give no yearly US dollar figure for a role. */
export const PAY_NOT_STATED = 'Pay not stated in the sources yet';

/**
 * A role's pay at a glance, as its role card and key facts show it:
 * `US$69.4K–US$350K or more`, or that the sources state none.
 */
export function payAtAGlance(yearlyUsd: SalarySeries | null): string {
  return yearlyUsd === null ? PAY_NOT_STATED : describeSeriesSpan(yearlyUsd);
}
