import type { TRPCRouterRecord } from '@trpc/server';
import {
  AccountStatusOutput,
  AdminDriverDetailOutput,
  AdminDriverPage,
  ApproveDriverInput,
  DriverQueueInput,
  DriverStatusOutput,
  IdInput,
  ListDriversInput,
  ReinstateDriverInput,
  RejectDriverInput,
  SuspendDriverInput,
  AdminChefDetailOutput,
  AdminChefPage,
  ApproveChefInput,
  AuditLogInput,
  AuditLogOutput,
  ChefQueueInput,
  ChefStatusOutput,
  DocumentIdInput,
  DocumentUrlOutput,
  ListChefsInput,
  ListUsersInput,
  AdminUserPage,
  ReinstateChefInput,
  ReinstateUserInput,
  RejectChefInput,
  SuspendChefInput,
  SuspendUserInput,
  UserStatusOutput,
} from '@homechef/validators';
import { listUsers, reinstateUser, suspendUser } from './accounts.ts';
import { auditLog } from './audit-log.ts';
import {
  adminDriverDetail,
  approveDriver,
  driverQueue,
  listDrivers,
  reinstateDriver,
  rejectDriver,
  suspendDriver,
} from './drivers.ts';
import {
  adminChefDetail,
  approveChef,
  chefQueue,
  listChefs,
  reinstateChef,
  rejectChef,
  suspendChef,
} from './kitchens.ts';
import { documentLink } from '../documents/index.ts';
import { kitchenAccountStatus } from '../payments/index.ts';
import { adminProcedure } from '../../trpc.ts';

export const adminRouter = {
  /** Kitchens waiting for review, oldest first, with owner and documents; paged by cursor. */
  chefQueue: adminProcedure
    .input(ChefQueueInput)
    .output(AdminChefPage)
    .query(({ ctx, input }) => chefQueue(ctx, input)),

  /** Every kitchen, newest first, by status and/or name or e-mail; paged by cursor. */
  listChefs: adminProcedure
    .input(ListChefsInput)
    .output(AdminChefPage)
    .query(({ ctx, input }) => listChefs(ctx, input)),

  /**
   * One kitchen in full: address, permit, documents, hours, owner, listing state and its audit
   * history.
   */
  chefById: adminProcedure
    .input(IdInput)
    .output(AdminChefDetailOutput)
    .query(({ ctx, input }) => adminChefDetail(ctx, input)),

  /**
   * A kitchen’s Stripe account as Stripe sees it now: connected, incomplete with what is missing,
   * restricted, or not started.
   */
  chefAccountStatus: adminProcedure
    .input(IdInput)
    .output(AccountStatusOutput)
    .query(({ ctx, input }) => kitchenAccountStatus(ctx, input)),

  /** A link (valid 5 minutes) to any kitchen or driver document. */
  documentUrl: adminProcedure
    .input(DocumentIdInput)
    .output(DocumentUrlOutput)
    .query(({ ctx, input }) => documentLink(ctx, ctx.actor, input)),

  /**
   * Approve a submitted kitchen (its pending documents are accepted); CONFLICT if no longer
   * submitted.
   */
  approveChef: adminProcedure
    .input(ApproveChefInput)
    .output(ChefStatusOutput)
    .mutation(({ ctx, input }) => approveChef(ctx, ctx.actor, input)),

  /**
   * Reject a submitted kitchen with a reason the chef sees (optionally marking documents rejected).
   */
  rejectChef: adminProcedure
    .input(RejectChefInput)
    .output(ChefStatusOutput)
    .mutation(({ ctx, input }) => rejectChef(ctx, ctx.actor, input)),

  /** Suspend an approved kitchen (hidden from customers) with a reason. */
  suspendChef: adminProcedure
    .input(SuspendChefInput)
    .output(ChefStatusOutput)
    .mutation(({ ctx, input }) => suspendChef(ctx, ctx.actor, input)),

  /** Lift a kitchen suspension (back to approved). */
  reinstateChef: adminProcedure
    .input(ReinstateChefInput)
    .output(ChefStatusOutput)
    .mutation(({ ctx, input }) => reinstateChef(ctx, ctx.actor, input)),

  /**
   * Driver profiles waiting for review, oldest submission first, with person and documents; paged
   * by cursor.
   */
  driverQueue: adminProcedure
    .input(DriverQueueInput)
    .output(AdminDriverPage)
    .query(({ ctx, input }) => driverQueue(ctx, input)),

  /** Every driver, newest first, by status and/or name, e-mail or plate; paged by cursor. */
  listDrivers: adminProcedure
    .input(ListDriversInput)
    .output(AdminDriverPage)
    .query(({ ctx, input }) => listDrivers(ctx, input)),

  /**
   * One driver in full: vehicle, documents, payouts, why they may not go online, and their audit
   * history.
   */
  driverById: adminProcedure
    .input(IdInput)
    .output(AdminDriverDetailOutput)
    .query(({ ctx, input }) => adminDriverDetail(ctx, input)),

  /** Approve a submitted driver; CONFLICT if no longer submitted. */
  approveDriver: adminProcedure
    .input(ApproveDriverInput)
    .output(DriverStatusOutput)
    .mutation(({ ctx, input }) => approveDriver(ctx, ctx.actor, input)),

  /** Reject a submitted driver with a reason the driver sees (they fix it and resubmit). */
  rejectDriver: adminProcedure
    .input(RejectDriverInput)
    .output(DriverStatusOutput)
    .mutation(({ ctx, input }) => rejectDriver(ctx, ctx.actor, input)),

  /** Suspend an approved driver (they may not go online) with a reason. */
  suspendDriver: adminProcedure
    .input(SuspendDriverInput)
    .output(DriverStatusOutput)
    .mutation(({ ctx, input }) => suspendDriver(ctx, ctx.actor, input)),

  /** Lift a driver suspension (back to approved). */
  reinstateDriver: adminProcedure
    .input(ReinstateDriverInput)
    .output(DriverStatusOutput)
    .mutation(({ ctx, input }) => reinstateDriver(ctx, ctx.actor, input)),

  /**
   * Every account, newest first, by role, status and/or name or e-mail (with the kitchen of a
   * chef); paged by cursor.
   */
  listUsers: adminProcedure
    .input(ListUsersInput)
    .output(AdminUserPage)
    .query(({ ctx, input }) => listUsers(ctx, input)),

  /**
   * Suspend an account with a reason: every session ends at once and a chef’s kitchen is hidden.
   */
  suspendUser: adminProcedure
    .input(SuspendUserInput)
    .output(UserStatusOutput)
    .mutation(({ ctx, input }) => suspendUser(ctx, ctx.actor, input)),

  /** Lift an account suspension. */
  reinstateUser: adminProcedure
    .input(ReinstateUserInput)
    .output(UserStatusOutput)
    .mutation(({ ctx, input }) => reinstateUser(ctx, ctx.actor, input)),

  /**
   * Every admin action, newest first, filtered by action, target, admin and time; paged by cursor.
   */
  auditLog: adminProcedure
    .input(AuditLogInput)
    .output(AuditLogOutput)
    .query(({ ctx, input }) => auditLog(ctx, input)),
} satisfies TRPCRouterRecord;
