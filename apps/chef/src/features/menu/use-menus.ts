'use client';

import { describeApiError, type RouterOutputs } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import { useToast } from '@homechef/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type Menu = RouterOutputs['menus']['list']['menus'][number];
export type MenuItem = Menu['items'][number];
type MenuList = RouterOutputs['menus']['list'];

export function useMenus() {
  const trpc = useTRPC();
  return useQuery(trpc.menus.list.queryOptions());
}

/** Moves `list[index]` by `by` places (−1 up, +1 down). */
export function moved<T>(list: readonly T[], index: number, by: number): T[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(Math.max(0, Math.min(next.length, index + by)), 0, item);
  return next;
}

/**
 * Every write of the menu editor. The quick ones (availability, reordering) change the
 * cached list at once and roll back if the server refuses; deletions offer an undo.
 */
export function useMenuActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const queryKey = trpc.menus.list.queryKey();

  const invalidate = () => queryClient.invalidateQueries({ queryKey });
  const failed = (error: unknown) =>
    toast({ tone: 'error', message: describeApiError(error).message });

  /** Applies `change` to the cache now; returns the list to restore on failure. */
  async function optimistic(change: (list: MenuList) => MenuList) {
    await queryClient.cancelQueries({ queryKey });
    const previous = queryClient.getQueryData(queryKey);
    if (previous) queryClient.setQueryData(queryKey, change(previous));
    return { previous };
  }
  const rollback = (
    error: unknown,
    _vars: unknown,
    context: { previous?: MenuList } | undefined,
  ) => {
    if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    failed(error);
  };

  const mapItems = (list: MenuList, fn: (item: MenuItem) => MenuItem): MenuList => ({
    menus: list.menus.map((m) => ({ ...m, items: m.items.map(fn) })),
  });

  const setAvailability = useMutation(
    trpc.menus.setItemAvailability.mutationOptions({
      onMutate: ({ id, isAvailable }) =>
        optimistic((list) =>
          mapItems(list, (item) => (item.id === id ? { ...item, isAvailable } : item)),
        ),
      onError: rollback,
      onSettled: invalidate,
    }),
  );

  const reorderMenus = useMutation(
    trpc.menus.reorder.mutationOptions({
      onMutate: ({ ids }) =>
        optimistic((list) => ({
          menus: ids.flatMap((id) => list.menus.filter((m) => m.id === id)),
        })),
      onError: rollback,
      onSettled: invalidate,
    }),
  );

  const reorderItems = useMutation(
    trpc.menus.reorderItems.mutationOptions({
      onMutate: ({ menuId, ids }) =>
        optimistic((list) => ({
          menus: list.menus.map((m) =>
            m.id === menuId
              ? { ...m, items: ids.flatMap((id) => m.items.filter((i) => i.id === id)) }
              : m,
          ),
        })),
      onError: rollback,
      onSettled: invalidate,
    }),
  );

  const restoreMenu = useMutation(
    trpc.menus.restore.mutationOptions({
      onSuccess: () => toast({ message: 'Menu restored.' }),
      onError: failed,
      onSettled: invalidate,
    }),
  );
  const deleteMenu = useMutation(
    trpc.menus.delete.mutationOptions({
      onMutate: ({ id }) =>
        optimistic((list) => ({ menus: list.menus.filter((m) => m.id !== id) })),
      onError: rollback,
      onSuccess: ({ id }) =>
        toast({
          message: 'Menu deleted.',
          action: { label: 'Undo', onAction: () => restoreMenu.mutate({ id }) },
        }),
      onSettled: invalidate,
    }),
  );

  const restoreItem = useMutation(
    trpc.menus.restoreItem.mutationOptions({
      onSuccess: (item) => toast({ message: `“${item.name}” is back on the menu.` }),
      onError: failed,
      onSettled: invalidate,
    }),
  );
  const deleteItem = useMutation(
    trpc.menus.deleteItem.mutationOptions({
      onMutate: ({ id }) =>
        optimistic((list) => ({
          menus: list.menus.map((m) => ({ ...m, items: m.items.filter((i) => i.id !== id) })),
        })),
      onError: rollback,
      onSuccess: ({ id }) =>
        toast({
          message: 'Dish deleted.',
          action: { label: 'Undo', onAction: () => restoreItem.mutate({ id }) },
        }),
      onSettled: invalidate,
    }),
  );

  const updateMenu = useMutation(
    trpc.menus.update.mutationOptions({ onError: failed, onSettled: invalidate }),
  );

  return { setAvailability, reorderMenus, reorderItems, deleteMenu, deleteItem, updateMenu };
}
