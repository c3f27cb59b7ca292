/** Procedures that load the caller's own row (a kitchen, a driver profile) before they run. */
import type { Database } from '@homechef/db';
import type { chefProcedure, Meta } from '../trpc.ts';

/** A role's procedure builder (`chefProcedure`, `driverProcedure`: each has this one type). */
type RoleProcedure = typeof chefProcedure;

/**
 * `base` with the caller's own row loaded once into `ctx[key]` by `load`, which refuses alike
 * for every such procedure when there is none. The row comes from the signed-in user, never
 * from an id the client sends; functions that change it lock it again by id inside their
 * transaction.
 */
export function ownRowProcedure<Key extends NonNullable<Meta['loads']>, Row>(
  base: RoleProcedure,
  key: Key,
  load: (db: Database, userId: string) => Promise<Row>,
) {
  return base.meta({ loads: key }).use(async ({ ctx, next }) => {
    const loaded = { [key]: await load(ctx.db, ctx.actor.userId) } as Record<Key, Row>;
    return next({ ctx: loaded });
  });
}
