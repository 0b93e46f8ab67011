import { addMonths } from 'date-fns';
import type { WarrantyStatus, WarrantyTerm } from './tables.js';

/** The warranty term of a product line (matched case-insensitively), else the default. */
export function warrantyMonthsFor(product: string, terms: readonly WarrantyTerm[], fallback: number): number {
  const name = product.trim().toLowerCase();
  return terms.find((t) => t.product.trim().toLowerCase() === name)?.months ?? fallback;
}

/**
 * Whether a purchase is still under warranty on `onDay` (all 'YYYY-MM-DD'). The warranty runs
 * to the same day `months` later; a purchase on 31 January with one month runs to 28/29 February.
 */
export function warrantyOf(
  purchaseDate: string | null,
  months: number,
  onDay: string,
): { status: WarrantyStatus; until: string | null } {
  if (!purchaseDate) return { status: 'unknown', until: null };
  const [y, m, d] = purchaseDate.split('-').map(Number) as [number, number, number];
  const end = addMonths(new Date(Date.UTC(y, m - 1, d, 12)), months);
  const until = end.toISOString().slice(0, 10);
  return { status: onDay <= until ? 'in_warranty' : 'out_of_warranty', until };
}
