import type { CostWeights, DispatchParams } from './types.ts';

export const DEFAULT_WEIGHTS: CostWeights = {
  door: 1,
  lateness: 4,
  travel: 0.5,
  wait: 0.5,
  fairness: 0.02,
  bundleSaving: 1,
};

export interface ResolvedParams {
  pickupServiceTime: number;
  dropoffServiceTime: number;
  maxBundle: number;
  targetClickToDoor: number;
  roundInterval: number;
  holdIfEarlyBy: number;
  waitAllowance: number;
  readyMargin: number;
  candidateDrivers: number;
  fairnessCap: number;
  weights: CostWeights;
}

const nonNegative = (name: string, value: number): number => {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`${name} must be a finite number >= 0 (got ${value})`);
  return value;
};

/** Fills in the defaults and rejects values the planner cannot work with. */
export function resolveParams(p: DispatchParams): ResolvedParams {
  const maxBundle = p.maxBundle ?? 3;
  if (!Number.isInteger(maxBundle) || maxBundle < 1 || maxBundle > 5)
    throw new RangeError(`maxBundle must be an integer from 1 to 5 (got ${maxBundle})`);
  const candidateDrivers = p.candidateDrivers ?? 8;
  if (!Number.isInteger(candidateDrivers) || candidateDrivers < 1)
    throw new RangeError(`candidateDrivers must be a positive integer (got ${candidateDrivers})`);
  const weights = { ...DEFAULT_WEIGHTS, ...p.weights };
  for (const [name, value] of Object.entries(weights)) nonNegative(`weights.${name}`, value);
  const roundInterval = nonNegative('roundInterval', p.roundInterval ?? 60);
  return {
    pickupServiceTime: nonNegative('pickupServiceTime', p.pickupServiceTime),
    dropoffServiceTime: nonNegative('dropoffServiceTime', p.dropoffServiceTime),
    maxBundle,
    targetClickToDoor: nonNegative('targetClickToDoor', p.targetClickToDoor ?? 40 * 60),
    roundInterval,
    // Holding for less than a round would push the pickup past the driver's arrival.
    holdIfEarlyBy: Math.max(roundInterval, nonNegative('holdIfEarlyBy', p.holdIfEarlyBy ?? 6 * 60)),
    waitAllowance: nonNegative('waitAllowance', p.waitAllowance ?? 3 * 60),
    readyMargin: nonNegative('readyMargin', p.readyMargin ?? 4 * 60),
    candidateDrivers,
    fairnessCap: nonNegative('fairnessCap', p.fairnessCap ?? 30 * 60),
    weights,
  };
}
