import { CreateReviewInput } from '@homechef/validators';
import { describe, expect, it } from 'vitest';
import { firstName } from './reviews.ts';

describe('firstName', () => {
  it('shows only the first word of the customer’s name', () => {
    expect(firstName('Ana Lucia Smith')).toBe('Ana');
    expect(firstName('  Bo  ')).toBe('Bo');
    expect(firstName('   ')).toBe('A customer');
  });
});

describe('CreateReviewInput', () => {
  const orderId = '5b1f9c1e-1111-4111-8111-111111111111';
  it('takes whole stars from 1 to 5 and turns a blank comment into none', () => {
    expect(CreateReviewInput.parse({ orderId, chefRating: 5, comment: '  ' })).toEqual({
      orderId,
      chefRating: 5,
      comment: null,
    });
    for (const chefRating of [0, 6, 2.5, Number.NaN]) {
      expect(CreateReviewInput.safeParse({ orderId, chefRating }).success).toBe(false);
    }
    expect(CreateReviewInput.safeParse({ orderId, chefRating: 4, driverRating: 9 }).success).toBe(
      false,
    );
  });
});
