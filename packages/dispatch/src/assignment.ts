/**
 * Minimum-cost assignment on a sparse bipartite graph where every node may stay unmatched.
 *
 * Shortest augmenting paths (the Jonker-Volgenant / Hungarian scheme) with Dijkstra on reduced
 * costs: the rows are augmented one at a time, each search stops at the first free column it
 * settles, so on a sparse graph with many free columns a search touches only a small region.
 * Each row also has a private "stay unmatched" column of cost 0, so an edge is only taken when
 * it lowers the total (edge costs are expected to be negative when an assignment is wanted).
 *
 * Dense libraries (munkres and friends) build the full n × m matrix and run in O(n³); for a
 * 1,000 × 3,000 round that is far over the time budget, while the pruned graph here has ~10
 * edges per row.
 */
export interface SparseAssignment {
  rows: number;
  cols: number;
  /** CSR layout: the edges of row i are `edgeCol[rowStart[i]..rowStart[i+1])`. */
  rowStart: Int32Array;
  edgeCol: Int32Array;
  edgeCost: Float64Array;
}

/** Builds the CSR arrays from per-row edge lists. */
export function sparseFromRows(
  cols: number,
  rows: { col: number; cost: number }[][],
): SparseAssignment {
  const rowStart = new Int32Array(rows.length + 1);
  let n = 0;
  rows.forEach((edges, i) => {
    rowStart[i] = n;
    n += edges.length;
  });
  rowStart[rows.length] = n;
  const edgeCol = new Int32Array(n);
  const edgeCost = new Float64Array(n);
  let k = 0;
  for (const edges of rows)
    for (const e of edges) {
      edgeCol[k] = e.col;
      edgeCost[k] = e.cost;
      k++;
    }
  return { rows: rows.length, cols, rowStart, edgeCol, edgeCost };
}

/** A binary min-heap of (key, value) pairs with lazy deletion by the caller. */
class Heap {
  keys = new Float64Array(64);
  vals = new Int32Array(64);
  size = 0;
  push(key: number, val: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const vals = new Int32Array(this.size * 2);
      vals.set(this.vals);
      this.vals = vals;
    }
    let i = this.size++;
    const { keys, vals } = this;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p]!;
      // Ties by value keep the search order, and so the result, independent of insertion order.
      if (pk < key || (pk === key && vals[p]! <= val)) break;
      keys[i] = pk;
      vals[i] = vals[p]!;
      i = p;
    }
    keys[i] = key;
    vals[i] = val;
  }
  /** Removes the minimum; read `topKey`/`topVal` first. */
  pop(): void {
    const { keys, vals } = this;
    const n = --this.size;
    if (n === 0) return;
    const key = keys[n]!;
    const val = vals[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && (keys[r]! < keys[c]! || (keys[r] === keys[c] && vals[r]! < vals[c]!))) c = r;
      if (key < keys[c]! || (key === keys[c] && val <= vals[c]!)) break;
      keys[i] = keys[c]!;
      vals[i] = vals[c]!;
      i = c;
    }
    keys[i] = key;
    vals[i] = val;
  }
}

/**
 * Returns, for each row, its matched column or -1 (unmatched), minimising the sum of the costs
 * of the chosen edges. Exact for any real costs (integers keep it free of rounding).
 */
export function solveAssignment(p: SparseAssignment): Int32Array {
  const { rows, cols, rowStart, edgeCol, edgeCost } = p;
  // Columns cols..cols+rows-1 are the rows' private "unmatched" columns, cost 0.
  const total = cols + rows;
  const v = new Float64Array(total);
  const u = new Float64Array(rows);
  const colRow = new Int32Array(total).fill(-1);
  const rowCol = new Int32Array(rows).fill(-1);
  const dist = new Float64Array(total).fill(Infinity);
  const pred = new Int32Array(total).fill(-1);
  const done = new Uint8Array(total);
  const touched: number[] = [];
  const settled: number[] = [];
  const heap = new Heap();

  for (let s = 0; s < rows; s++) {
    const dummy = cols + s;
    let us = -v[dummy]!;
    for (let e = rowStart[s]!; e < rowStart[s + 1]!; e++) {
      const r = edgeCost[e]! - v[edgeCol[e]!]!;
      if (r < us) us = r;
    }
    u[s] = us;
    heap.size = 0;
    const relax = (j: number, d: number, from: number) => {
      if (d < dist[j]!) {
        if (dist[j] === Infinity) touched.push(j);
        dist[j] = d;
        pred[j] = from;
        heap.push(d, j);
      }
    };
    relax(dummy, -v[dummy]! - us, s);
    for (let e = rowStart[s]!; e < rowStart[s + 1]!; e++) {
      const j = edgeCol[e]!;
      relax(j, edgeCost[e]! - v[j]! - us, s);
    }
    let sink = -1;
    let D = 0;
    while (heap.size > 0) {
      const d = heap.keys[0]!;
      const j = heap.vals[0]!;
      heap.pop();
      if (done[j] || d > dist[j]!) continue;
      done[j] = 1;
      settled.push(j);
      const i = colRow[j]!;
      if (i === -1) {
        sink = j;
        D = d;
        break;
      }
      const base = d - u[i]!;
      const own = cols + i;
      if (!done[own]) relax(own, base - v[own]!, i);
      for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
        const k = edgeCol[e]!;
        if (!done[k]) relax(k, base + edgeCost[e]! - v[k]!, i);
      }
    }
    // Unreachable only if the row has no columns at all, which the dummy rules out.
    for (const j of settled) {
      const dj = dist[j]!;
      const i = colRow[j]!;
      if (i !== -1) u[i] = u[i]! + D - dj;
      v[j] = v[j]! + dj - D;
    }
    u[s] = u[s]! + D;
    for (let j = sink; ;) {
      const i = pred[j]!;
      const prev = rowCol[i]!;
      rowCol[i] = j;
      colRow[j] = i;
      if (i === s) break;
      j = prev;
    }
    for (const j of touched) {
      dist[j] = Infinity;
      done[j] = 0;
      pred[j] = -1;
    }
    touched.length = 0;
    settled.length = 0;
  }
  for (let i = 0; i < rows; i++) if (rowCol[i]! >= cols) rowCol[i] = -1;
  return rowCol;
}
