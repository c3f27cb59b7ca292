import { describe, expect, it } from 'vitest';
import { awaitsDelivery } from './order-status.ts';

describe('awaitsDelivery', () => {
  it('holds from the kitchen’s accept until the door, and never for an ended order', () => {
    expect(
      (['accepted', 'preparing', 'ready_for_pickup', 'picked_up', 'in_transit'] as const).every(
        awaitsDelivery,
      ),
    ).toBe(true);
    expect(
      (['pending', 'payment_confirmed', 'delivered', 'cancelled', 'refunded'] as const).some(
        awaitsDelivery,
      ),
    ).toBe(false);
  });
});
