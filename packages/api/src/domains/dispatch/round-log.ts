/**
 * The round log: what each dispatch round did and how long it took, in `dispatch_rounds`, so
 * every server instance can show it (only the leader runs rounds). Rounds with nothing to do
 * are folded into the row before them while that row is idle too and recent, so an idle night
 * is a handful of rows rather than one every few seconds; the log is pruned as it is written.
 */
import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { dispatchRounds, type Database, type DispatchRound } from '@homechef/db';
import type { Services } from '../../context.ts';
import { rowsOf } from '../../shared/sql.ts';
import {
  runDispatchRound,
  type RoundOptions,
  type RoundResult,
  type RoundServices,
} from './round.ts';

export const ROUND_LOG = {
  /** Rows whose last round is older than this are deleted. */
  keepMs: 24 * 60 * 60 * 1000,
  /** And never more rows than this (a day of 3-second rounds that all had work is ~29,000). */
  maxRows: 20_000,
  /** An idle round joins the idle row before it only if that row's last round is this recent. */
  foldWithinMs: 60_000,
} as const;

/** One round's outcome: its result, or null when it failed. */
export interface RoundEntry {
  startedAt: Date;
  durationMs: number;
  result: RoundResult | null;
}

const isIdle = (result: RoundResult | null) =>
  result !== null && result.waiting === 0 && result.expired === 0;

export async function recordRound(
  db: Database,
  { startedAt, durationMs, result }: RoundEntry,
): Promise<void> {
  const ms = Math.max(0, Math.round(durationMs));
  if (isIdle(result)) {
    const folded = await db
      .update(dispatchRounds)
      .set({
        rounds: sql`${dispatchRounds.rounds} + 1`,
        lastStartedAt: sql`greatest(${dispatchRounds.lastStartedAt}, ${startedAt.toISOString()}::timestamptz)`,
        durationMs: sql`greatest(${dispatchRounds.durationMs}, ${ms})`,
        totalMs: sql`${dispatchRounds.totalMs} + ${ms}`,
      })
      .where(
        and(
          sql`${dispatchRounds.id} = (select max(id) from ${dispatchRounds})`,
          eq(dispatchRounds.waiting, 0),
          eq(dispatchRounds.expired, 0),
          eq(dispatchRounds.failed, false),
          gte(dispatchRounds.lastStartedAt, new Date(startedAt.getTime() - ROUND_LOG.foldWithinMs)),
        ),
      )
      .returning({ id: dispatchRounds.id });
    if (folded.length > 0) return;
  }
  await db.insert(dispatchRounds).values({
    startedAt,
    lastStartedAt: startedAt,
    durationMs: ms,
    totalMs: ms,
    waiting: result?.waiting ?? 0,
    driversFree: result?.drivers ?? 0,
    planned: result?.planned ?? 0,
    offers: result?.offers ?? 0,
    held: result?.held ?? 0,
    expired: result?.expired ?? 0,
    failed: result === null,
  });
  await pruneRoundLog(db, startedAt);
}

/** Deletes what is older than a day and what is beyond the newest `maxRows` rows. */
export async function pruneRoundLog(
  db: Database,
  now: Date,
  {
    keepMs = ROUND_LOG.keepMs,
    maxRows = ROUND_LOG.maxRows,
  }: { keepMs?: number; maxRows?: number } = {},
): Promise<void> {
  await db
    .delete(dispatchRounds)
    .where(lt(dispatchRounds.lastStartedAt, new Date(now.getTime() - keepMs)));
  await db.execute(sql`
    delete from ${dispatchRounds} where id <= (
      select id from ${dispatchRounds} order by id desc offset ${maxRows} limit 1)`);
}

/**
 * Runs a round and logs it, failed or not (a failed round is logged, then its error thrown on).
 * `now` is the round's clock; the duration is measured.
 */
export async function runLoggedRound(
  services: RoundServices,
  options: RoundOptions = {},
): Promise<RoundResult> {
  const startedAt = options.now ?? new Date();
  const t0 = performance.now();
  let result: RoundResult;
  try {
    result = await runDispatchRound(services, { ...options, now: startedAt });
  } catch (error) {
    const durationMs = performance.now() - t0;
    await recordRound(services.db, { startedAt, durationMs, result: null }).catch(() => {});
    throw error;
  }
  await recordRound(services.db, { startedAt, durationMs: performance.now() - t0, result });
  return result;
}

export interface RoundSummary {
  /** Rounds run (folded idle rounds included) in the window, and of them failed. */
  rounds: number;
  failed: number;
  avgMs: number | null;
  /** Over the logged rows: a row of folded idle rounds counts with its longest round. */
  p95Ms: number | null;
  maxMs: number | null;
  offers: number;
  held: number;
  expired: number;
}

/** The newest `limit` rows, and a summary of the rounds started within `windowMs`. */
export async function roundLog(
  services: Pick<Services, 'db'>,
  now: Date,
  { limit = 20, windowMs = 60 * 60 * 1000 } = {},
): Promise<{ recent: DispatchRound[]; summary: RoundSummary }> {
  const since = new Date(now.getTime() - windowMs).toISOString();
  const [recent, summaryRows] = await Promise.all([
    services.db.select().from(dispatchRounds).orderBy(desc(dispatchRounds.id)).limit(limit),
    services.db.execute(sql`
      select coalesce(sum(rounds), 0)::int as rounds,
        coalesce(sum(rounds) filter (where failed), 0)::int as failed,
        (sum(total_ms)::float8 / nullif(sum(rounds), 0)) as avg_ms,
        percentile_cont(0.95) within group (order by duration_ms) as p95_ms,
        max(duration_ms) as max_ms,
        coalesce(sum(offers), 0)::int as offers,
        coalesce(sum(held), 0)::int as held,
        coalesce(sum(expired), 0)::int as expired
      from ${dispatchRounds}
      where last_started_at >= ${since}::timestamptz`),
  ]);
  const row = rowsOf<{
    rounds: number;
    failed: number;
    avg_ms: number | string | null;
    p95_ms: number | string | null;
    max_ms: number | string | null;
    offers: number;
    held: number;
    expired: number;
  }>(summaryRows)[0];
  const num = (v: number | string | null | undefined) =>
    v === null || v === undefined ? null : Math.round(Number(v));
  return {
    recent,
    summary: {
      rounds: Number(row?.rounds ?? 0),
      failed: Number(row?.failed ?? 0),
      avgMs: num(row?.avg_ms),
      p95Ms: num(row?.p95_ms),
      maxMs: num(row?.max_ms),
      offers: Number(row?.offers ?? 0),
      held: Number(row?.held ?? 0),
      expired: Number(row?.expired ?? 0),
    },
  };
}
