/**
 * The assigned driver's job: at the kitchen, picked up, delivered (with the customer's code, or
 * with a photo at the door when nobody opens).
 * Each step is idempotent: a retry of a step already done returns the same job. Only the
 * driver of the order's active assignment may act; anyone else gets NOT_FOUND.
 */
import { TRPCError } from '@trpc/server';
import { and, desc, eq, isNull } from 'drizzle-orm';
import {
  chefs,
  deliveryOffers,
  driverAssignments,
  driverDocuments,
  drivers,
  orders,
  users,
  type Database,
  type DriverAssignment,
  type Order,
} from '@homechef/db';
import { DELIVERY_PHOTO_KIND, type DeliveredInput, type JobOutput } from '@homechef/validators';
import { DRIVER_ASSIGNABLE_STATUSES } from '@homechef/validators/constants';
import type { Actor, Services } from '../../context.ts';
import { recordAdminAction } from '../../shared/audit.ts';
import { writeOutbox } from '../../shared/outbox.ts';
import { deliveryOf, transitionOrder } from '../orders/index.ts';
import { freeIfIdle, giveOrderTo, notFound } from './driver.ts';
import { processTransfer, requestTransfer } from './payout.ts';
import { driverTopic } from './settings.ts';

type JobServices = Pick<Services, 'db' | 'outbox' | 'payments'>;

async function jobOf(db: Database, assignmentId: string): Promise<JobOutput> {
  const [row] = await db
    .select({ a: driverAssignments, order: orders, chef: chefs, customerName: users.name })
    .from(driverAssignments)
    .innerJoin(orders, eq(orders.id, driverAssignments.orderId))
    .innerJoin(chefs, eq(chefs.id, orders.chefId))
    .innerJoin(users, eq(users.id, orders.customerId))
    .where(eq(driverAssignments.id, assignmentId));
  if (!row) throw notFound('job');
  const { a, order, chef } = row;
  return {
    assignmentId: a.id,
    orderId: order.id,
    status: order.status,
    kitchen: {
      name: chef.businessName,
      line1: chef.kitchenLine1,
      city: chef.kitchenCity,
      lat: chef.lat ?? 0,
      lng: chef.lng ?? 0,
    },
    dropoff: deliveryOf(order),
    customerName: row.customerName,
    earningsCents: order.deliveryFeeCents + order.tipCents,
    currency: order.currency,
    estimatedReadyAt: order.estimatedReadyAt,
    assignedAt: a.assignedAt,
    arrivedAt: a.arrivedAt,
    pickedUpAt: a.pickedUpAt,
    deliveredAt: a.deliveredAt,
  };
}

/** The caller's active assignment of `orderId` with the order, both locked; else NOT_FOUND. */
async function lockJob(
  tx: Database,
  actor: Actor,
  orderId: string,
): Promise<{ assignment: DriverAssignment; order: Order }> {
  const [row] = await tx
    .select({ assignment: driverAssignments, order: orders })
    .from(driverAssignments)
    .innerJoin(drivers, eq(drivers.id, driverAssignments.driverId))
    .innerJoin(orders, eq(orders.id, driverAssignments.orderId))
    .where(
      and(
        eq(driverAssignments.orderId, orderId),
        eq(drivers.userId, actor.userId),
        isNull(driverAssignments.cancelledAt),
      ),
    )
    .for('update', { of: [driverAssignments, orders] });
  if (!row) throw notFound('order');
  return row;
}

const asDriver = (actor: Actor) => ({ role: 'driver' as const, userId: actor.userId });

/** The job the caller is on now (not yet delivered), or null. */
export async function currentJob(services: Pick<Services, 'db'>, actor: Actor) {
  const [row] = await services.db
    .select({ id: driverAssignments.id })
    .from(driverAssignments)
    .innerJoin(drivers, eq(drivers.id, driverAssignments.driverId))
    .where(
      and(
        eq(drivers.userId, actor.userId),
        isNull(driverAssignments.cancelledAt),
        isNull(driverAssignments.deliveredAt),
      ),
    )
    .orderBy(desc(driverAssignments.assignedAt))
    .limit(1);
  return row ? jobOf(services.db, row.id) : null;
}

export async function arrivedAtKitchen(
  services: JobServices,
  actor: Actor,
  orderId: string,
  now = new Date(),
): Promise<JobOutput> {
  const id = await services.db.transaction(async (tx) => {
    const { assignment } = await lockJob(tx, actor, orderId);
    if (!assignment.arrivedAt) {
      await tx
        .update(driverAssignments)
        .set({ arrivedAt: now })
        .where(eq(driverAssignments.id, assignment.id));
    }
    return assignment.id;
  });
  return jobOf(services.db, id);
}

/**
 * Moves the order on from wherever it is on the way to `until`: assigned (once ready),
 * picked up, in transit. Each move is a transition of its own (history and events).
 */
async function advance(
  tx: Database,
  actor: Actor,
  order: Order,
  driverId: string,
  until: 'in_transit',
): Promise<void> {
  let status = order.status;
  if (status === 'accepted' || status === 'preparing') {
    throw new TRPCError({ code: 'CONFLICT', message: 'The kitchen has not marked the food ready' });
  }
  const steps: [typeof status, typeof status][] = [
    ['ready_for_pickup', 'assigned_to_driver'],
    ['assigned_to_driver', 'picked_up'],
    ['picked_up', until],
  ];
  for (const [from, to] of steps) {
    if (status !== from) continue;
    await transitionOrder(tx, {
      orderId: order.id,
      from,
      to,
      actor: asDriver(actor),
      ...(to === 'assigned_to_driver' ? { set: { driverId } } : {}),
    });
    status = to;
  }
}

/** The driver has the food and leaves the kitchen: picked up, then in transit. */
export async function pickedUp(
  services: JobServices,
  actor: Actor,
  orderId: string,
  now = new Date(),
): Promise<JobOutput> {
  const id = await services.db.transaction(async (tx) => {
    const { assignment, order } = await lockJob(tx, actor, orderId);
    // After the chef's handoff the order is picked up already: the driver leaving moves it on.
    await advance(tx, actor, order, assignment.driverId, 'in_transit');
    if (!assignment.pickedUpAt) {
      await tx
        .update(driverAssignments)
        .set({ pickedUpAt: now, arrivedAt: assignment.arrivedAt ?? now })
        .where(eq(driverAssignments.id, assignment.id));
    }
    return assignment.id;
  });
  services.outbox.kick();
  return jobOf(services.db, id);
}

/** Wrong delivery codes allowed per assignment; after them only a photo at the door will do. */
export const MAX_WRONG_CODES = 5;

const tooManyWrongCodes = () =>
  new TRPCError({
    code: 'TOO_MANY_REQUESTS',
    message:
      'Too many wrong delivery codes: leave the order at the door and take a photo of it instead',
  });

/**
 * Delivered, with the customer's code or with the driver's photo of the order at the door.
 * Either way the order goes to `delivered`, the driver is free again and the pay (delivery fee
 * + tip) is transferred once; a retry of a done delivery returns the same job.
 */
export async function delivered(
  services: JobServices,
  actor: Actor,
  input: DeliveredInput,
  now = new Date(),
): Promise<JobOutput> {
  if (input.photoDocumentId !== undefined) {
    return deliveredWithPhoto(services, actor, input.orderId, input.photoDocumentId, now);
  }
  if (input.code === undefined) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Give the customer’s delivery code' });
  }
  return deliveredWithCode(services, actor, { orderId: input.orderId, code: input.code }, now);
}

/**
 * With the customer's 4-digit code. A wrong code is counted (the count is committed even though
 * the call fails); after MAX_WRONG_CODES of them codes are refused and only a photo will do.
 */
async function deliveredWithCode(
  services: JobServices,
  actor: Actor,
  input: { orderId: string; code: string },
  now: Date,
): Promise<JobOutput> {
  const outcome = await services.db.transaction(async (tx) => {
    const { assignment, order } = await lockJob(tx, actor, input.orderId);
    if (assignment.deliveredAt) return { id: assignment.id, wrongCode: null };
    if (!assignment.pickedUpAt) {
      throw new TRPCError({ code: 'CONFLICT', message: 'Pick the order up first' });
    }
    if (assignment.wrongCodeAttempts >= MAX_WRONG_CODES) throw tooManyWrongCodes();
    if (input.code !== order.deliveryCode) {
      // Committed, then refused: the count holds however often the call is retried.
      const attempts = assignment.wrongCodeAttempts + 1;
      await tx
        .update(driverAssignments)
        .set({ wrongCodeAttempts: attempts })
        .where(eq(driverAssignments.id, assignment.id));
      return { id: null, wrongCode: attempts };
    }
    await completeDelivery(tx, actor, order, assignment, now);
    return { id: assignment.id, wrongCode: null };
  });
  if (outcome.id === null) {
    const left = MAX_WRONG_CODES - outcome.wrongCode;
    if (left <= 0) throw tooManyWrongCodes();
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `That is not the delivery code (${left} ${left === 1 ? 'try' : 'tries'} left)`,
    });
  }
  return afterDelivery(services, input.orderId, outcome.id);
}

/**
 * Nobody opened: the driver left the order at the door and photographed it. The photo must be
 * a `delivery_photo` the driver uploaded, and proves this one delivery only.
 */
async function deliveredWithPhoto(
  services: JobServices,
  actor: Actor,
  orderId: string,
  photoDocumentId: string,
  now: Date,
): Promise<JobOutput> {
  const id = await services.db.transaction(async (tx) => {
    const { assignment, order } = await lockJob(tx, actor, orderId);
    if (assignment.deliveredAt) return assignment.id;
    if (!assignment.pickedUpAt) {
      throw new TRPCError({ code: 'CONFLICT', message: 'Pick the order up first' });
    }
    const [photo] = await tx
      .select({ id: driverDocuments.id, kind: driverDocuments.kind })
      .from(driverDocuments)
      .where(
        and(
          eq(driverDocuments.id, photoDocumentId),
          eq(driverDocuments.driverId, assignment.driverId),
        ),
      );
    if (!photo) throw notFound('photo');
    if (photo.kind !== DELIVERY_PHOTO_KIND) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: 'That document is not a delivery photo: take a photo of the order at the door',
      });
    }
    const [usedBy] = await tx
      .select({ id: driverAssignments.id })
      .from(driverAssignments)
      .where(eq(driverAssignments.deliveryPhotoId, photo.id));
    if (usedBy) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'That photo proves another delivery: take a new one',
      });
    }
    await completeDelivery(tx, actor, order, assignment, now, { deliveryPhotoId: photo.id });
    return assignment.id;
  });
  return afterDelivery(services, orderId, id);
}

/** The order delivered, the assignment done, the driver free and their pay requested. */
async function completeDelivery(
  tx: Database,
  actor: Actor,
  order: Order,
  assignment: DriverAssignment,
  now: Date,
  set: Partial<Pick<DriverAssignment, 'deliveryPhotoId'>> = {},
): Promise<void> {
  await advance(tx, actor, order, assignment.driverId, 'in_transit');
  await transitionOrder(tx, {
    orderId: order.id,
    from: 'in_transit',
    to: 'delivered',
    actor: asDriver(actor),
  });
  await tx
    .update(driverAssignments)
    .set({ deliveredAt: now, ...set })
    .where(eq(driverAssignments.id, assignment.id));
  await freeIfIdle(tx, assignment.driverId);
  const [driver] = await tx.select().from(drivers).where(eq(drivers.id, assignment.driverId));
  await requestTransfer(tx, order, driver!);
}

async function afterDelivery(
  services: JobServices,
  orderId: string,
  assignmentId: string,
): Promise<JobOutput> {
  services.outbox.kick();
  // Paid after commit; a failure here leaves the row pending for the dispatch loop to resend.
  await processTransfer(services, orderId).catch(() => 'skipped' as const);
  return jobOf(services.db, assignmentId);
}

/**
 * The chef hands the food to the order's driver (from the kitchen board): the order is picked
 * up. Idempotent; the driver's own `pickedUp` then only moves it to in transit.
 */
export async function handOff(
  services: JobServices,
  kitchen: { id: string },
  chef: Actor,
  orderId: string,
  now = new Date(),
): Promise<void> {
  await services.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ assignment: driverAssignments, order: orders })
      .from(orders)
      .leftJoin(
        driverAssignments,
        and(eq(driverAssignments.orderId, orders.id), isNull(driverAssignments.cancelledAt)),
      )
      .where(and(eq(orders.id, orderId), eq(orders.chefId, kitchen.id)))
      .for('update', { of: [orders] });
    if (!row) throw notFound('order');
    const { assignment, order } = row;
    if (!assignment) {
      throw new TRPCError({ code: 'CONFLICT', message: 'No driver has taken this order yet' });
    }
    if (assignment.pickedUpAt) return;
    if (order.status === 'ready_for_pickup') {
      // Taken while still cooking; the round would make this move a moment later.
      await transitionOrder(tx, {
        orderId: order.id,
        from: 'ready_for_pickup',
        to: 'assigned_to_driver',
        actor: { role: 'system', userId: null },
        set: { driverId: assignment.driverId },
      });
    } else if (order.status !== 'assigned_to_driver') {
      throw new TRPCError({ code: 'CONFLICT', message: 'The food is not ready to hand over' });
    }
    await transitionOrder(tx, {
      orderId: order.id,
      from: 'assigned_to_driver',
      to: 'picked_up',
      actor: { role: 'chef', userId: chef.userId },
    });
    await tx
      .update(driverAssignments)
      .set({ pickedUpAt: now })
      .where(eq(driverAssignments.id, assignment.id));
  });
  services.outbox.kick();
}

/**
 * An admin gives the order to `driverId` (audited). The previous assignment, if any, is
 * cancelled and that driver freed; the order's pending offers are withdrawn.
 */
export async function assignDriver(
  services: JobServices,
  admin: Actor,
  input: { orderId: string; driverId: string; reason: string },
  now = new Date(),
): Promise<{ assignmentId: string }> {
  const result = await services.db.transaction(async (tx) => {
    const [order] = await tx
      .select()
      .from(orders)
      .where(eq(orders.id, input.orderId))
      .for('update');
    if (!order) throw notFound('order');
    if (!(DRIVER_ASSIGNABLE_STATUSES as readonly string[]).includes(order.status)) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'Only an order not yet picked up can be given to a driver',
      });
    }
    const [driver] = await tx.select().from(drivers).where(eq(drivers.id, input.driverId));
    if (!driver) throw notFound('driver');
    if (driver.verificationStatus !== 'approved' || driver.status === 'suspended') {
      throw new TRPCError({ code: 'CONFLICT', message: 'This driver may not take orders' });
    }
    const [previous] = await tx
      .update(driverAssignments)
      .set({ cancelledAt: now, cancelReason: input.reason })
      .where(and(eq(driverAssignments.orderId, order.id), isNull(driverAssignments.cancelledAt)))
      .returning();
    if (previous?.driverId === driver.id) {
      throw new TRPCError({ code: 'CONFLICT', message: 'This driver has the order already' });
    }
    const withdrawn = await tx
      .update(deliveryOffers)
      .set({ status: 'cancelled', respondedAt: now })
      .where(and(eq(deliveryOffers.orderId, order.id), eq(deliveryOffers.status, 'pending')))
      .returning({ id: deliveryOffers.id, driverId: deliveryOffers.driverId });
    const actor = { role: 'admin' as const, userId: admin.userId };
    if (order.status === 'assigned_to_driver') {
      await transitionOrder(tx, {
        orderId: order.id,
        from: 'assigned_to_driver',
        to: 'ready_for_pickup',
        actor,
        reason: input.reason,
      });
    }
    const status = order.status === 'assigned_to_driver' ? 'ready_for_pickup' : order.status;
    await giveOrderTo(tx, { id: order.id, status }, driver.id, actor, input.reason);
    const [assignment] = await tx
      .insert(driverAssignments)
      .values({ orderId: order.id, driverId: driver.id, assignedAt: now })
      .returning({ id: driverAssignments.id });
    if (previous) await freeIfIdle(tx, previous.driverId);
    await recordAdminAction(tx, {
      adminUserId: admin.userId,
      action: 'order.assign_driver',
      targetType: 'order',
      targetId: order.id,
      reason: input.reason,
      before: { driverId: previous?.driverId ?? null },
      after: { driverId: driver.id },
    });
    await writeOutbox(tx, [
      { topic: driverTopic(driver.id), payload: { kind: 'job.assigned', orderId: order.id } },
      ...(previous
        ? [
            {
              topic: driverTopic(previous.driverId),
              payload: { kind: 'job.cancelled', orderId: order.id },
            },
          ]
        : []),
      ...withdrawn.map((o) => ({
        topic: driverTopic(o.driverId),
        payload: { kind: 'offer.cancelled', offerId: o.id },
      })),
    ]);
    return { assignmentId: assignment!.id };
  });
  services.outbox.kick();
  return result;
}
