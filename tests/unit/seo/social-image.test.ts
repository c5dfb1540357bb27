import { describe, expect, it } from 'vitest';
import { buildRoleCards } from '@/lib/guides/role/guide';
import { yearlyUsdSeries } from '@/lib/guides/pay/series';
import { describeSeriesSpan } from '@/lib/guides/pay/text';
import { PAY_NOT_STATED, payAtAGlance } from '@/lib/seo/social-image';
import { guideFor, records } from './site-fixture';

describe('payAtAGlance', () => {
  it("gives a role guide's yearly US dollar range exactly as the role card on the home page shows it", () => {
    const cards = buildRoleCards(records.roles, records.salaries, records.skills);
    for (const card of cards) {
      const guide = guideFor(card.role.slug);
      const shown = card.pay === null ? PAY_NOT_STATED : describeSeriesSpan(card.pay);
      expect(payAtAGlance(yearlyUsdSeries(guide.pay.byLevel))).toBe(shown);
    }
  });

  it('says the pay is not stated when there is no yearly US dollar figure', () => {
    expect(payAtAGlance(null)).toBe('Pay not stated in the sources yet');
    const withPay = guideFor('ai-engineer');
    expect(payAtAGlance(yearlyUsdSeries(withPay.pay.byLevel))).toMatch(/^US\$[\d.]+k–US\$[\d.]+[km]( or more)?$/);
  });
});
