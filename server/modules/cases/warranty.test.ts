// Warranty arithmetic, hand-checked. China's 三包 rules for appliances (《部分商品修理更换退货责任规定》)
// count the term from the purchase (invoice) date; the term per product line is set per workspace.
import { describe, expect, it } from 'vitest';
import { warrantyMonthsFor, warrantyOf } from './warranty.js';

describe('warrantyOf', () => {
  it('is in warranty on the last day and out the day after', () => {
    expect(warrantyOf('2025-03-10', 12, '2026-03-10')).toEqual({ status: 'in_warranty', until: '2026-03-10' });
    expect(warrantyOf('2025-03-10', 12, '2026-03-11')).toEqual({ status: 'out_of_warranty', until: '2026-03-10' });
  });
  it('clamps to the end of a shorter month: 31 Jan + 1 month = 28 Feb (2026 is not a leap year)', () => {
    expect(warrantyOf('2026-01-31', 1, '2026-02-28').until).toBe('2026-02-28');
  });
  it('knows nothing without a purchase date', () => {
    expect(warrantyOf(null, 12, '2026-01-01')).toEqual({ status: 'unknown', until: null });
  });
  it('takes the product line term, else the default', () => {
    const terms = [
      { product: '洗衣机', months: 36 },
      { product: 'Air conditioner', months: 72 },
    ];
    expect(warrantyMonthsFor('洗衣机', terms, 12)).toBe(36);
    expect(warrantyMonthsFor(' air CONDITIONER ', terms, 12)).toBe(72);
    expect(warrantyMonthsFor('冰箱', terms, 12)).toBe(12);
  });
});
