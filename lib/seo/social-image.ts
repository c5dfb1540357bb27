/**
 * The words on the social images (Open Graph and Twitter cards), kept apart
 * from the drawing so they can be tested and always say what the pages say.
 */
import type { PayGlance } from '@/lib/guides/pay/glance';
import { describeLevelMedians } from '@/lib/guides/pay/summary-text';

/** Open Graph's recommended size; Twitter's large card takes the same 1.91:1 image. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The label above the pay line: computed, and saying so. */
export const PAY_LABEL = 'Yearly salary, computed from the articles';

/** Said instead of pay when the articles give no yearly salary for a role. */
export const PAY_NOT_STATED = 'Pay not stated in the sources yet';

/**
 * A role's pay at a glance, as its role card and overview state it: the
 * medians by level ("Median US$108K entry level, …"), the stated spread when
 * the evidence is thin, or that the sources state none.
 */
export function payAtAGlance(glance: PayGlance | null): string {
  const medians = describeLevelMedians(glance);
  return medians === null ? PAY_NOT_STATED : `${medians.charAt(0).toUpperCase()}${medians.slice(1)}`;
}
