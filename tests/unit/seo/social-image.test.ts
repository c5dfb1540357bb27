import { describe, expect, it } from 'vitest';
import { createPlaceLookup } from '@/lib/guides/pay/places';
import { describeLevelMedians } from '@/lib/guides/pay/summary-text';
import { buildRoleCards } from '@/lib/guides/role/guide';
import { PAY_NOT_STATED, payAtAGlance } from '@/lib/seo/social-image';
import { guideFor, places, records } from './site-fixture';

describe('payAtAGlance', () => {
  it("gives a role guide's yearly salary medians exactly as the role card on the home page states them", () => {
    const cards = buildRoleCards(records.roles, records.salaries, records.skills, createPlaceLookup(places));
    for (const card of cards) {
      const guide = guideFor(card.role.slug);
      const shown = describeLevelMedians(card.glance);
      expect(payAtAGlance(guide.pay.glance).toLowerCase()).toBe((shown ?? PAY_NOT_STATED).toLowerCase());
    }
  });

  it('says the pay is not stated when there is no yearly salary, and names medians when there is', () => {
    expect(payAtAGlance(null)).toBe('Pay not stated in the sources yet');
    const withPay = guideFor('ai-engineer');
    expect(payAtAGlance(withPay.pay.glance)).toMatch(
      /^Median US\$[\d.]+k entry level, US\$[\d.]+k mid level and US\$[\d.]+k senior$/,
    );
  });
});
