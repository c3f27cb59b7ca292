import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, auditActionLabel } from './admin.ts';
import { AUDIT_ACTIONS } from './constants.ts';

describe('audit action labels', () => {
  it('has a distinct label for every audit code', () => {
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual([...AUDIT_ACTIONS].sort());
    const labels = Object.values(AUDIT_ACTION_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    expect(auditActionLabel('chef.reject')).toBe('Rejected kitchen');
    expect(auditActionLabel('driver.approve')).toBe('Approved driver');
  });

  it('shows a code it does not know as it is', () => {
    expect(auditActionLabel('courier.approve')).toBe('courier.approve');
  });
});
