import type { TRPCRouterRecord } from '@trpc/server';
import {
  AddItemInput,
  CreateMenuInput,
  DeletedOutput,
  MenuItemOutput,
  MenuListOutput,
  MenuOutput,
  ReorderItemsInput,
  ReorderMenusInput,
  SetItemAvailabilityInput,
  UpdateItemInput,
  UpdateMenuInput,
} from '@homechef/validators';
import { z } from 'zod';
import { addItem, deleteItem, restoreItem, setItemAvailability, updateItem } from './items.ts';
import {
  createMenu,
  deleteMenu,
  listOwnMenus,
  reorderItems,
  reorderMenus,
  restoreMenu,
  updateMenu,
} from './menus.ts';
import { chefProcedure } from '../../trpc.ts';
import { kitchenProcedure } from '../chefs/index.ts';

const IdInput = z.object({ id: z.uuid() });

export const menusRouter = {
  list: chefProcedure
    .meta({
      summary: 'All your menus in order, each with every dish (available or not) and its options.',
    })
    .output(MenuListOutput)
    .query(({ ctx }) => listOwnMenus(ctx, { userId: ctx.actor.userId })),

  create: kitchenProcedure
    .meta({ summary: 'Add a menu (at the end).' })
    .input(CreateMenuInput)
    .output(MenuOutput)
    .mutation(({ ctx, input }) => createMenu(ctx, ctx.kitchen, input)),

  update: kitchenProcedure
    .meta({ summary: 'Rename a menu, change its description, or switch it on or off.' })
    .input(UpdateMenuInput)
    .output(MenuOutput)
    .mutation(({ ctx, input }) => updateMenu(ctx, ctx.kitchen, input)),

  delete: kitchenProcedure
    .meta({
      summary: 'Soft-delete a menu and its dishes (past orders keep them); `restore` undoes it.',
    })
    .input(IdInput)
    .output(DeletedOutput)
    .mutation(({ ctx, input }) => deleteMenu(ctx, ctx.kitchen, input)),

  restore: kitchenProcedure
    .meta({ summary: 'Undo `delete`: the menu returns with the dishes deleted with it.' })
    .input(IdInput)
    .output(MenuOutput)
    .mutation(({ ctx, input }) => restoreMenu(ctx, ctx.kitchen, input)),

  reorder: kitchenProcedure
    .meta({ summary: 'Put your menus in this order (list every menu id once).' })
    .input(ReorderMenusInput)
    .output(MenuListOutput)
    .mutation(({ ctx, input }) => reorderMenus(ctx, ctx.kitchen, input)),

  addItem: kitchenProcedure
    .meta({ summary: 'Add a dish to one of your menus, with its option groups (price in cents).' })
    .input(AddItemInput)
    .output(MenuItemOutput)
    .mutation(({ ctx, input }) => addItem(ctx, ctx.kitchen, input)),

  updateItem: kitchenProcedure
    .meta({
      summary:
        'Change a dish or move it to another menu; `optionGroups` replaces its groups (keep one by passing its id).',
    })
    .input(UpdateItemInput)
    .output(MenuItemOutput)
    .mutation(({ ctx, input }) => updateItem(ctx, ctx.kitchen, input)),

  deleteItem: kitchenProcedure
    .meta({
      summary:
        'Soft-delete a dish (it leaves the menu, past orders keep it); `restoreItem` undoes it.',
    })
    .input(IdInput)
    .output(DeletedOutput)
    .mutation(({ ctx, input }) => deleteItem(ctx, ctx.kitchen, input)),

  restoreItem: kitchenProcedure
    .meta({ summary: 'Undo `deleteItem`.' })
    .input(IdInput)
    .output(MenuItemOutput)
    .mutation(({ ctx, input }) => restoreItem(ctx, ctx.kitchen, input)),

  setItemAvailability: kitchenProcedure
    .meta({ summary: 'Switch a dish on or off for customers (e.g. sold out).' })
    .input(SetItemAvailabilityInput)
    .output(MenuItemOutput)
    .mutation(({ ctx, input }) => setItemAvailability(ctx, ctx.kitchen, input)),

  reorderItems: kitchenProcedure
    .meta({ summary: 'Put the dishes of one menu in this order (list every dish id once).' })
    .input(ReorderItemsInput)
    .output(MenuOutput)
    .mutation(({ ctx, input }) => reorderItems(ctx, ctx.kitchen, input)),
} satisfies TRPCRouterRecord;
