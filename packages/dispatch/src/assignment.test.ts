import { describe, expect, it } from 'vitest';
import { solveAssignment, sparseFromRows } from './assignment.ts';
import { rng } from './sim/city.ts';

type Rows = { col: number; cost: number }[][];

/** Every matching, tried: each row takes one of its edges to an unused column, or nothing. */
function bruteForce(cols: number, rows: Rows): number {
  const used = new Uint8Array(cols);
  const go = (i: number): number => {
    if (i === rows.length) return 0;
    let best = go(i + 1);
    for (const e of rows[i]!) {
      if (used[e.col]) continue;
      used[e.col] = 1;
      best = Math.min(best, e.cost + go(i + 1));
      used[e.col] = 0;
    }
    return best;
  };
  return go(0);
}

function randomRows(r: () => number, nRows: number, cols: number, density: number): Rows {
  return Array.from({ length: nRows }, () => {
    const edges: { col: number; cost: number }[] = [];
    for (let c = 0; c < cols; c++)
      if (r() < density) edges.push({ col: c, cost: Math.round((r() - 0.7) * 100) });
    return edges;
  });
}

const totalOf = (rows: Rows, match: Int32Array) =>
  [...match].reduce((s, c, i) => (c < 0 ? s : s + rows[i]!.find((e) => e.col === c)!.cost), 0);

describe('solveAssignment', () => {
  it('equals the brute-force optimum on small random instances', () => {
    const r = rng(7);
    for (let t = 0; t < 400; t++) {
      const nRows = 1 + Math.floor(r() * 6);
      const cols = 1 + Math.floor(r() * 6);
      const rows = randomRows(r, nRows, cols, 0.2 + r() * 0.8);
      const match = solveAssignment(sparseFromRows(cols, rows));
      const seen = new Set<number>();
      match.forEach((c, i) => {
        if (c < 0) return;
        expect(rows[i]!.some((e) => e.col === c)).toBe(true);
        expect(seen.has(c)).toBe(false);
        seen.add(c);
      });
      expect(totalOf(rows, match)).toBe(bruteForce(cols, rows));
    }
  });

  it('leaves a row unmatched rather than take a positive-cost edge', () => {
    const rows = [[{ col: 0, cost: 5 }], [{ col: 0, cost: -3 }]];
    expect([...solveAssignment(sparseFromRows(1, rows))]).toEqual([-1, 0]);
  });

  it('reassigns along an augmenting path when that lowers the total', () => {
    // Row 0 alone would take column 0; with row 1 (which can only use column 0) it moves to 1.
    const rows = [
      [
        { col: 0, cost: -10 },
        { col: 1, cost: -9 },
      ],
      [{ col: 0, cost: -10 }],
    ];
    expect([...solveAssignment(sparseFromRows(2, rows))]).toEqual([1, 0]);
  });

  it('handles rows without edges and empty problems', () => {
    expect([...solveAssignment(sparseFromRows(3, [[], []]))]).toEqual([-1, -1]);
    expect(solveAssignment(sparseFromRows(0, [])).length).toBe(0);
  });
});
