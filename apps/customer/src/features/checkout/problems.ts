import type { QuoteProblem } from '@homechef/validators';

/** The quote's problems by what they are about, so each is shown next to it. */
export interface GroupedProblems {
  /** Out of the delivery area. */
  address: QuoteProblem[];
  /** Closed then, too soon, too far ahead. */
  when: QuoteProblem[];
  /** By cart line (index). */
  lines: Map<number, QuoteProblem[]>;
  /** The kitchen as a whole: paused, unavailable, meal caps. */
  general: QuoteProblem[];
}

const ADDRESS: ReadonlySet<QuoteProblem['code']> = new Set(['outside_delivery_radius']);
const WHEN: ReadonlySet<QuoteProblem['code']> = new Set([
  'kitchen_closed',
  'below_lead_time',
  'too_far_ahead',
]);

export function groupProblems(problems: readonly QuoteProblem[]): GroupedProblems {
  const grouped: GroupedProblems = { address: [], when: [], lines: new Map(), general: [] };
  for (const problem of problems) {
    if (ADDRESS.has(problem.code)) grouped.address.push(problem);
    else if (WHEN.has(problem.code)) grouped.when.push(problem);
    else if (problem.line !== null) {
      grouped.lines.set(problem.line, [...(grouped.lines.get(problem.line) ?? []), problem]);
    } else grouped.general.push(problem);
  }
  return grouped;
}
