import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { chefs } from '@homechef/db';
import type { PublicChefOutput } from '@homechef/validators';
import type { Actor, Services } from '../../context.ts';
import { listedCondition, openingSummary } from '../chefs/index.ts';
import { menusQuery, toMenuOutput } from '../menus/index.ts';
import { haversineM } from './geo.ts';

/**
 * One kitchen with its menus as customers see it. Unlisted kitchens are NOT_FOUND, except
 * to their own chef and to admins (a preview, with `isListed: false`).
 */
export async function getPublicChef(
  services: Pick<Services, 'db'>,
  actor: Actor | null,
  input: { id: string; lat?: number | undefined; lng?: number | undefined },
  now = new Date(),
): Promise<PublicChefOutput> {
  const chef = await services.db.query.chefs.findFirst({
    where: eq(chefs.id, input.id),
    extras: {
      isListed: sql<boolean>`coalesce(${listedCondition(undefined, now)}, false)`.as('is_listed'),
    },
    with: { openingHours: true, menus: menusQuery(true) },
  });
  const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'Kitchen not found' });
  if (!chef) throw notFound();
  const isListed = chef.isListed;
  const mayPreview =
    actor?.role === 'admin' || (actor?.role === 'chef' && actor.userId === chef.userId);
  if (!isListed && !mayPreview) throw notFound();

  const distanceM =
    input.lat !== undefined && input.lng !== undefined && chef.lat !== null && chef.lng !== null
      ? haversineM(input.lat, input.lng, chef.lat, chef.lng)
      : null;
  const menus = chef.menus.map(toMenuOutput).filter((m) => m.items.length > 0);
  const dishes = menus.flatMap((m) => m.items);
  const { openingHours, openingState } = openingSummary(chef, now);
  return {
    id: chef.id,
    businessName: chef.businessName,
    bio: chef.bio,
    cuisines: chef.cuisines,
    city: chef.kitchenCity,
    ratingAvg: chef.ratingAvg,
    ratingCount: chef.ratingCount,
    deliveryRadiusM: chef.deliveryRadiusM,
    leadTimeMinutes: chef.leadTimeMinutes,
    timezone: chef.timezone,
    openingHours,
    ...openingState,
    distanceM: distanceM === null ? null : Math.round(distanceM),
    deliversToYou: distanceM === null ? null : distanceM <= chef.deliveryRadiusM,
    dietaryTags: [...new Set(dishes.flatMap((d) => d.dietaryTags))].sort(),
    allergens: [...new Set(dishes.flatMap((d) => d.allergens))].sort(),
    menus,
    isListed,
  };
}
