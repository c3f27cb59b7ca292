import type { TRPCRouterRecord } from '@trpc/server';
import {
  AccountStatusOutput,
  IdInput,
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
    .meta({ summary: 'A link (valid 5 minutes) to any kitchen document.' })
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
