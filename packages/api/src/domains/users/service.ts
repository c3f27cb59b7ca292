import { TRPCError } from '@trpc/server';
import { and, asc, desc, eq } from 'drizzle-orm';
import { addresses, users, type Database } from '@homechef/db';
import type { AddressInput, UpdateProfileInput } from '@homechef/validators';
import type { z } from 'zod';
import type { Actor, Services } from '../../context.ts';
import { toPublicUser } from '../auth/index.ts';

export const MAX_ADDRESSES = 20;

export async function updateProfile(
  services: Services,
  actor: Actor,
  input: z.output<typeof UpdateProfileInput>,
) {
  const [user] = await services.db
    .update(users)
    .set({
      ...(input.name !== undefined && { name: input.name }),
      ...(input.phone !== undefined && { phone: input.phone }),
    })
    .where(eq(users.id, actor.userId))
    .returning();
  if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: 'Account not found' });
  return toPublicUser(user);
}

const addressColumns = {
  id: addresses.id,
  label: addresses.label,
  line1: addresses.line1,
  line2: addresses.line2,
  city: addresses.city,
  postalCode: addresses.postalCode,
  country: addresses.country,
  lat: addresses.lat,
  lng: addresses.lng,
  instructions: addresses.instructions,
  isDefault: addresses.isDefault,
};

export function listAddresses(services: Services, actor: Actor) {
  return services.db
    .select(addressColumns)
    .from(addresses)
    .where(eq(addresses.userId, actor.userId))
    .orderBy(desc(addresses.isDefault), asc(addresses.createdAt), asc(addresses.id))
    .limit(MAX_ADDRESSES);
}

/** Serialises one user's address changes, so the count and the single default stay right. */
async function lockAddressBook(tx: Database, actor: Actor) {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, actor.userId)).for('update');
}

async function clearDefault(tx: Database, actor: Actor) {
  await tx
    .update(addresses)
    .set({ isDefault: false })
    .where(and(eq(addresses.userId, actor.userId), eq(addresses.isDefault, true)));
}

export async function addAddress(
  services: Services,
  actor: Actor,
  input: z.output<typeof AddressInput>,
) {
  return services.db.transaction(async (tx) => {
    await lockAddressBook(tx, actor);
    const existing = await tx
      .select({ id: addresses.id })
      .from(addresses)
      .where(eq(addresses.userId, actor.userId));
    if (existing.length >= MAX_ADDRESSES) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `You can save at most ${MAX_ADDRESSES} addresses`,
      });
    }
    const makeDefault = input.isDefault || existing.length === 0;
    if (makeDefault) await clearDefault(tx, actor);
    const [row] = await tx
      .insert(addresses)
      .values({
        ...input,
        label: input.label ?? null,
        line2: input.line2 ?? null,
        instructions: input.instructions ?? null,
        userId: actor.userId,
        isDefault: makeDefault,
      })
      .returning(addressColumns);
    if (!row) throw new Error('address insert returned nothing');
    return row;
  });
}

// Someone else's address looks exactly like one that does not exist.
const addressNotFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'Address not found' });

/** Makes one of your addresses the default (the one checkout chooses first). */
export async function setDefaultAddress(services: Services, actor: Actor, { id }: { id: string }) {
  return services.db.transaction(async (tx) => {
    await lockAddressBook(tx, actor);
    const mine = and(eq(addresses.id, id), eq(addresses.userId, actor.userId));
    const [found] = await tx.select({ id: addresses.id }).from(addresses).where(mine);
    if (!found) throw addressNotFound();
    await clearDefault(tx, actor);
    const [row] = await tx
      .update(addresses)
      .set({ isDefault: true })
      .where(mine)
      .returning(addressColumns);
    if (!row) throw addressNotFound();
    return row;
  });
}

/** Deletes one of your addresses; when it was the default, the oldest one left takes its place. */
export async function removeAddress(services: Services, actor: Actor, { id }: { id: string }) {
  return services.db.transaction(async (tx) => {
    await lockAddressBook(tx, actor);
    const [removed] = await tx
      .delete(addresses)
      .where(and(eq(addresses.id, id), eq(addresses.userId, actor.userId)))
      .returning({ id: addresses.id, isDefault: addresses.isDefault });
    if (!removed) throw addressNotFound();
    if (removed.isDefault) {
      const [next] = await tx
        .select({ id: addresses.id })
        .from(addresses)
        .where(eq(addresses.userId, actor.userId))
        .orderBy(asc(addresses.createdAt), asc(addresses.id))
        .limit(1);
      if (next)
        await tx.update(addresses).set({ isDefault: true }).where(eq(addresses.id, next.id));
    }
    return { id: removed.id };
  });
}
