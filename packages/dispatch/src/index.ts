export { planRound } from './plan.ts';
export { greedyRound } from './greedy.ts';
export { solveAssignment, sparseFromRows, type SparseAssignment } from './assignment.ts';
export { DEFAULT_WEIGHTS, resolveParams, type ResolvedParams } from './params.ts';
export type * from './types.ts';
