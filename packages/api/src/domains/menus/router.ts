import type { TRPCRouterRecord } from '@trpc/server';
import {
  AddItemInput,
  IdInput,
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

export const menusRouter = {
  /** All your menus in order, each with every dish (available or not) and its options. */
  list: chefProcedure
    .output(MenuListOutput)
    .query(({ ctx }) => listOwnMenus(ctx, { userId: ctx.actor.userId })),

  /** Add a menu (at the end). */
  create: kitchenProcedure
    .input(CreateMenuInput)
    .output(MenuOutput)
    .mutation(({ ctx, input }) => createMenu(ctx, ctx.kitchen, input)),

  /** Rename a menu, change its description, or switch it on or off. */
  update: kitchenProcedure
    .input(UpdateMenuInput)
    .output(MenuOutput)
    .mutation(({ ctx, input }) => updateMenu(ctx, ctx.kitchen, input)),

  /** Soft-delete a menu and its dishes (past orders keep them); `restore` undoes it. */
  delete: kitchenProcedure
    .input(IdInput)
    .output(DeletedOutput)
    .mutation(({ ctx, input }) => deleteMenu(ctx, ctx.kitchen, input)),

  /** Undo `delete`: the menu returns with the dishes deleted with it. */
  restore: kitchenProcedure
    .input(IdInput)
    .output(MenuOutput)
    .mutation(({ ctx, input }) => restoreMenu(ctx, ctx.kitchen, input)),

  /** Put your menus in this order (list every menu id once). */
  reorder: kitchenProcedure
    .input(ReorderMenusInput)
    .output(MenuListOutput)
    .mutation(({ ctx, input }) => reorderMenus(ctx, ctx.kitchen, input)),

  /** Add a dish to one of your menus, with its option groups (price in cents). */
  addItem: kitchenProcedure
    .input(AddItemInput)
    .output(MenuItemOutput)
    .mutation(({ ctx, input }) => addItem(ctx, ctx.kitchen, input)),

  /**
   * Change a dish or move it to another menu; `optionGroups` replaces its groups (keep one by
   * passing its id).
   */
  updateItem: kitchenProcedure
    .input(UpdateItemInput)
    .output(MenuItemOutput)
    .mutation(({ ctx, input }) => updateItem(ctx, ctx.kitchen, input)),

  /** Soft-delete a dish (it leaves the menu, past orders keep it); `restoreItem` undoes it. */
  deleteItem: kitchenProcedure
    .input(IdInput)
    .output(DeletedOutput)
    .mutation(({ ctx, input }) => deleteItem(ctx, ctx.kitchen, input)),

  /** Undo `deleteItem`. */
  restoreItem: kitchenProcedure
    .input(IdInput)
    .output(MenuItemOutput)
    .mutation(({ ctx, input }) => restoreItem(ctx, ctx.kitchen, input)),

  /** Switch a dish on or off for customers (e.g. sold out). */
  setItemAvailability: kitchenProcedure
    .input(SetItemAvailabilityInput)
    .output(MenuItemOutput)
    .mutation(({ ctx, input }) => setItemAvailability(ctx, ctx.kitchen, input)),

  /** Put the dishes of one menu in this order (list every dish id once). */
  reorderItems: kitchenProcedure
    .input(ReorderItemsInput)
    .output(MenuOutput)
    .mutation(({ ctx, input }) => reorderItems(ctx, ctx.kitchen, input)),
} satisfies TRPCRouterRecord;
