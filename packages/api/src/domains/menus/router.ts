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

const IdInput = z.object({ id: z.uuid() });

export const menusRouter = {
  list: chefProcedure
    .meta({
      access: 'chef',
      summary: 'All your menus in order, each with every dish (available or not) and its options.',
    })
    .output(MenuListOutput)
    .query(({ ctx }) => listOwnMenus(ctx, ctx.actor)),

  create: chefProcedure
    .meta({ access: 'chef', summary: 'Add a menu (at the end).' })
    .input(CreateMenuInput)
    .output(MenuOutput)
    .mutation(({ ctx, input }) => createMenu(ctx, ctx.actor, input)),

  update: chefProcedure
    .meta({
      access: 'chef',
      summary: 'Rename a menu, change its description, or switch it on or off.',
    })
    .input(UpdateMenuInput)
    .output(MenuOutput)
    .mutation(({ ctx, input }) => updateMenu(ctx, ctx.actor, input)),

  delete: chefProcedure
    .meta({
      access: 'chef',
      summary: 'Soft-delete a menu and its dishes (past orders keep them); `restore` undoes it.',
    })
    .input(IdInput)
    .output(DeletedOutput)
    .mutation(({ ctx, input }) => deleteMenu(ctx, ctx.actor, input)),

  restore: chefProcedure
    .meta({
      access: 'chef',
      summary: 'Undo `delete`: the menu returns with the dishes deleted with it.',
    })
    .input(IdInput)
    .output(MenuOutput)
    .mutation(({ ctx, input }) => restoreMenu(ctx, ctx.actor, input)),

  reorder: chefProcedure
    .meta({ access: 'chef', summary: 'Put your menus in this order (list every menu id once).' })
    .input(ReorderMenusInput)
    .output(MenuListOutput)
    .mutation(({ ctx, input }) => reorderMenus(ctx, ctx.actor, input)),

  addItem: chefProcedure
    .meta({
      access: 'chef',
      summary: 'Add a dish to one of your menus, with its option groups (price in cents).',
    })
    .input(AddItemInput)
    .output(MenuItemOutput)
    .mutation(({ ctx, input }) => addItem(ctx, ctx.actor, input)),

  updateItem: chefProcedure
    .meta({
      access: 'chef',
      summary:
        'Change a dish or move it to another menu; `optionGroups` replaces its groups (keep one by passing its id).',
    })
    .input(UpdateItemInput)
    .output(MenuItemOutput)
    .mutation(({ ctx, input }) => updateItem(ctx, ctx.actor, input)),

  deleteItem: chefProcedure
    .meta({
      access: 'chef',
      summary:
        'Soft-delete a dish (it leaves the menu, past orders keep it); `restoreItem` undoes it.',
    })
    .input(IdInput)
    .output(DeletedOutput)
    .mutation(({ ctx, input }) => deleteItem(ctx, ctx.actor, input)),

  restoreItem: chefProcedure
    .meta({ access: 'chef', summary: 'Undo `deleteItem`.' })
    .input(IdInput)
    .output(MenuItemOutput)
    .mutation(({ ctx, input }) => restoreItem(ctx, ctx.actor, input)),

  setItemAvailability: chefProcedure
    .meta({ access: 'chef', summary: 'Switch a dish on or off for customers (e.g. sold out).' })
    .input(SetItemAvailabilityInput)
    .output(MenuItemOutput)
    .mutation(({ ctx, input }) => setItemAvailability(ctx, ctx.actor, input)),

  reorderItems: chefProcedure
    .meta({
      access: 'chef',
      summary: 'Put the dishes of one menu in this order (list every dish id once).',
    })
    .input(ReorderItemsInput)
    .output(MenuOutput)
    .mutation(({ ctx, input }) => reorderItems(ctx, ctx.actor, input)),
} satisfies TRPCRouterRecord;
