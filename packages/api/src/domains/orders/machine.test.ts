import { ACTOR_ROLES, ORDER_STATUSES } from '@homechef/validators/constants';
import { describe, expect, it } from 'vitest';
import { canTransition, FINAL_STATUSES, nextStatuses, TRANSITIONS } from './machine.ts';

/** The rules in words, one line per allowed move: `from > to: roles`. */
const EXPECTED = `
pending > payment_confirmed: stripe
pending > cancelled: customer system admin
payment_confirmed > accepted: chef
payment_confirmed > rejected: chef system
payment_confirmed > cancelled: customer admin
payment_confirmed > refunded: admin
accepted > preparing: chef
accepted > cancelled: admin
accepted > refunded: admin
preparing > ready_for_pickup: chef
preparing > cancelled: admin
preparing > refunded: admin
ready_for_pickup > assigned_to_driver: driver system admin
ready_for_pickup > cancelled: admin
ready_for_pickup > refunded: admin
assigned_to_driver > ready_for_pickup: driver system admin
assigned_to_driver > picked_up: driver chef
assigned_to_driver > cancelled: admin
assigned_to_driver > refunded: admin
picked_up > in_transit: driver
picked_up > cancelled: admin
picked_up > refunded: admin
in_transit > delivered: driver admin
in_transit > cancelled: admin
in_transit > refunded: admin
delivered > refunded: admin
`;

const allowed = new Set(
  EXPECTED.trim()
    .split('\n')
    .flatMap((line) => {
      const [move, roles] = line.split(': ') as [string, string];
      return roles.split(' ').map((role) => `${move} by ${role}`);
    }),
);

describe('order state machine', () => {
  it('has the 12 states and the six kinds of actor', () => {
    expect(ORDER_STATUSES).toHaveLength(12);
    expect(ACTOR_ROLES).toEqual(['customer', 'chef', 'driver', 'admin', 'system', 'stripe']);
  });

  it('allows exactly the listed moves: every pair of states × every role', () => {
    const table: string[] = [];
    for (const from of ORDER_STATUSES) {
      for (const to of ORDER_STATUSES) {
        for (const role of ACTOR_ROLES) {
          const move = `${from} > ${to} by ${role}`;
          expect({ move, ok: canTransition(from, to, role) }).toEqual({
            move,
            ok: allowed.has(move),
          });
          if (canTransition(from, to, role)) table.push(move);
        }
      }
    }
    expect(table).toHaveLength(allowed.size);
  });

  it('only Stripe confirms a payment, and final states are final', () => {
    for (const from of ORDER_STATUSES) {
      for (const role of ACTOR_ROLES) {
        if (role !== 'stripe') expect(canTransition(from, 'payment_confirmed', role)).toBe(false);
      }
    }
    for (const status of FINAL_STATUSES) expect(TRANSITIONS[status]).toBeUndefined();
    // Every state is reachable from pending.
    const seen = new Set(['pending']);
    for (let grew = true; grew;) {
      grew = false;
      for (const from of seen) {
        for (const role of ACTOR_ROLES) {
          for (const to of nextStatuses(from as never, role)) {
            if (!seen.has(to)) grew = seen.add(to) !== undefined;
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([...ORDER_STATUSES].sort());
  });
});
