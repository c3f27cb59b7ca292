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
  chefQueue: adminProcedure
    .meta({
      summary:
        'Kitchens waiting for review, oldest first, with owner and documents; paged by cursor.',
    })
    .input(ChefQueueInput)
    .output(AdminChefPage)
    .query(({ ctx, input }) => chefQueue(ctx, input)),

  listChefs: adminProcedure
    .meta({
      summary: 'Every kitchen, newest first, by status and/or name or e-mail; paged by cursor.',
    })
    .input(ListChefsInput)
    .output(AdminChefPage)
    .query(({ ctx, input }) => listChefs(ctx, input)),

  chefById: adminProcedure
    .meta({
      summary:
        'One kitchen in full: address, permit, documents, hours, owner, listing state and its audit history.',
    })
    .input(IdInput)
    .output(AdminChefDetailOutput)
    .query(({ ctx, input }) => adminChefDetail(ctx, input)),

  chefAccountStatus: adminProcedure
    .meta({
      summary:
        'A kitchen’s Stripe account as Stripe sees it now: connected, incomplete with what is missing, restricted, or not started.',
    })
    .input(IdInput)
    .output(AccountStatusOutput)
    .query(({ ctx, input }) => kitchenAccountStatus(ctx, input)),

  documentUrl: adminProcedure
    .meta({ summary: 'A link (valid 5 minutes) to any kitchen or driver document.' })
    .input(DocumentIdInput)
    .output(DocumentUrlOutput)
    .query(({ ctx, input }) => documentLink(ctx, ctx.actor, input)),

  approveChef: adminProcedure
    .meta({
      summary:
        'Approve a submitted kitchen (its pending documents are accepted); CONFLICT if no longer submitted.',
    })
    .input(ApproveChefInput)
    .output(ChefStatusOutput)
    .mutation(({ ctx, input }) => approveChef(ctx, ctx.actor, input)),

  rejectChef: adminProcedure
    .meta({
      summary:
        'Reject a submitted kitchen with a reason the chef sees (optionally marking documents rejected).',
    })
    .input(RejectChefInput)
    .output(ChefStatusOutput)
    .mutation(({ ctx, input }) => rejectChef(ctx, ctx.actor, input)),

  suspendChef: adminProcedure
    .meta({ summary: 'Suspend an approved kitchen (hidden from customers) with a reason.' })
    .input(SuspendChefInput)
    .output(ChefStatusOutput)
    .mutation(({ ctx, input }) => suspendChef(ctx, ctx.actor, input)),

  reinstateChef: adminProcedure
    .meta({ summary: 'Lift a kitchen suspension (back to approved).' })
    .input(ReinstateChefInput)
    .output(ChefStatusOutput)
    .mutation(({ ctx, input }) => reinstateChef(ctx, ctx.actor, input)),

  driverQueue: adminProcedure
    .meta({
      summary:
        'Driver profiles waiting for review, oldest submission first, with person and documents; paged by cursor.',
    })
    .input(DriverQueueInput)
    .output(AdminDriverPage)
    .query(({ ctx, input }) => driverQueue(ctx, input)),

  listDrivers: adminProcedure
    .meta({
      summary:
        'Every driver, newest first, by status and/or name, e-mail or plate; paged by cursor.',
    })
    .input(ListDriversInput)
    .output(AdminDriverPage)
    .query(({ ctx, input }) => listDrivers(ctx, input)),

  driverById: adminProcedure
    .meta({
      summary:
        'One driver in full: vehicle, documents, payouts, why they may not go online, and their audit history.',
    })
    .input(IdInput)
    .output(AdminDriverDetailOutput)
    .query(({ ctx, input }) => adminDriverDetail(ctx, input)),

  approveDriver: adminProcedure
    .meta({ summary: 'Approve a submitted driver; CONFLICT if no longer submitted.' })
    .input(ApproveDriverInput)
    .output(DriverStatusOutput)
    .mutation(({ ctx, input }) => approveDriver(ctx, ctx.actor, input)),

  rejectDriver: adminProcedure
    .meta({
      summary:
        'Reject a submitted driver with a reason the driver sees (they fix it and resubmit).',
    })
    .input(RejectDriverInput)
    .output(DriverStatusOutput)
    .mutation(({ ctx, input }) => rejectDriver(ctx, ctx.actor, input)),

  suspendDriver: adminProcedure
    .meta({ summary: 'Suspend an approved driver (they may not go online) with a reason.' })
    .input(SuspendDriverInput)
    .output(DriverStatusOutput)
    .mutation(({ ctx, input }) => suspendDriver(ctx, ctx.actor, input)),

  reinstateDriver: adminProcedure
    .meta({ summary: 'Lift a driver suspension (back to approved).' })
    .input(ReinstateDriverInput)
    .output(DriverStatusOutput)
    .mutation(({ ctx, input }) => reinstateDriver(ctx, ctx.actor, input)),

  listUsers: adminProcedure
    .meta({
      summary:
        'Every account, newest first, by role, status and/or name or e-mail (with the kitchen of a chef); paged by cursor.',
    })
    .input(ListUsersInput)
    .output(AdminUserPage)
    .query(({ ctx, input }) => listUsers(ctx, input)),

  suspendUser: adminProcedure
    .meta({
      summary:
        'Suspend an account with a reason: every session ends at once and a chef’s kitchen is hidden.',
    })
    .input(SuspendUserInput)
    .output(UserStatusOutput)
    .mutation(({ ctx, input }) => suspendUser(ctx, ctx.actor, input)),

  reinstateUser: adminProcedure
    .meta({ summary: 'Lift an account suspension.' })
    .input(ReinstateUserInput)
    .output(UserStatusOutput)
    .mutation(({ ctx, input }) => reinstateUser(ctx, ctx.actor, input)),

  auditLog: adminProcedure
    .meta({
      summary:
        'Every admin action, newest first, filtered by action, target, admin and time; paged by cursor.',
    })
    .input(AuditLogInput)
    .output(AuditLogOutput)
    .query(({ ctx, input }) => auditLog(ctx, input)),
} satisfies TRPCRouterRecord;
