'use client';

import { useAuthSession, useSubscription, useTRPC } from '@homechef/app-kit/react';
import type { LiveIndicatorState } from '@homechef/ui';
import { useToast } from '@homechef/ui';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import {
  applyOrderChange,
  BOARD_INPUT,
  DRIVER_REFRESH_MS,
  waitingCount,
  type BoardDriver,
  type BoardOrder,
} from './board.ts';
import { playChime, unlockSound } from './sound.ts';

/** The board's orders (`orders.list` of the active statuses), every page of them. */
export function useBoardOrders(enabled = true) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.orders.list.infiniteQueryOptions(BOARD_INPUT, {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      enabled,
    }),
  );
  const orders = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  return { query, orders };
}

/**
 * The drivers coming for the kitchen's orders by order id, read again every few seconds (and
 * whenever an order changes) so each card's drive time follows the driver.
 */
export function useKitchenDrivers(): ReadonlyMap<string, BoardDriver> {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.orders.kitchenDrivers.queryOptions(),
    refetchInterval: DRIVER_REFRESH_MS,
  });
  return useMemo(() => new Map((query.data ?? []).map((d) => [d.orderId, d])), [query.data]);
}

interface KitchenLive {
  state: LiveIndicatorState;
  soundOn: boolean;
  setSoundOn: (on: boolean) => void;
}

const KitchenLiveContext = createContext<KitchenLive>({
  state: 'offline',
  soundOn: false,
  setSoundOn: () => {},
});

/** Whether the board is live, and the chef's sound preference. */
export function useKitchenLive(): KitchenLive {
  return use(KitchenLiveContext);
}

const SOUND_KEY = 'homechef.chef.orderSound';
const soundListeners = new Set<() => void>();
function subscribeSound(listener: () => void) {
  soundListeners.add(listener);
  return () => void soundListeners.delete(listener);
}
const readSound = () => window.localStorage.getItem(SOUND_KEY) !== 'off';
const TITLE_COUNT = /^\(\d+\) /;

/**
 * One live stream of the kitchen's orders for the whole chef app, whatever page is open: it
 * moves cards on the board, refreshes what depends on them, chimes and tells the chef when a
 * new order arrives, and keeps the count of waiting orders in the tab title.
 */
export function KitchenQueueProvider({ children }: { children: ReactNode }) {
  const { session } = useAuthSession();
  const enabled = session?.user.role === 'chef';
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const router = useRouter();
  const { query, orders } = useBoardOrders(enabled);
  const soundOn = useSyncExternalStore(subscribeSound, readSound, () => true);

  useEffect(() => {
    // Browsers allow sound only after an interaction with the page.
    const unlock = () => unlockSound();
    window.addEventListener('pointerdown', unlock, { once: true });
    window.addEventListener('keydown', unlock, { once: true });
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, []);

  const setSoundOn = useCallback((on: boolean) => {
    window.localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
    for (const listener of soundListeners) listener();
    if (on) unlockSound();
  }, []);

  // A kitchen with more active orders than one page holds gets the rest too.
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const boardKey = trpc.orders.list.infiniteQueryKey(BOARD_INPUT);
  const onChange = (order: BoardOrder, to: string) => {
    queryClient.setQueryData(boardKey, (old) => applyOrderChange(old, order));
    void queryClient.invalidateQueries({ queryKey: trpc.orders.kitchenToday.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.orders.kitchenDrivers.queryKey() });
    void queryClient.invalidateQueries({
      queryKey: trpc.orders.byId.queryKey({ orderId: order.id }),
    });
    if (to !== 'payment_confirmed') return;
    if (soundOn) playChime();
    toast({
      message: `New order #${order.shortCode} from ${order.customerName}`,
      action: { label: 'Open', onAction: () => router.push(`/orders/${order.id}`) },
      durationMs: 10_000,
    });
  };

  // The stream starts "now": the list is read again once it is live (and after every
  // reconnect, which resumes from the last event id), so nothing between the two is lost.
  const subscription = useSubscription(
    trpc.orders.onKitchenQueue.subscriptionOptions(
      {},
      {
        enabled,
        onStarted: () => void queryClient.invalidateQueries({ queryKey: boardKey }),
        onData: ({ data }) => onChange(data.order, data.event.to),
      },
    ),
  );

  const count = waitingCount(orders);
  useEffect(() => {
    const apply = () => {
      const base = document.title.replace(TITLE_COUNT, '');
      const next = count > 0 ? `(${count}) ${base}` : base;
      if (document.title !== next) document.title = next;
    };
    apply();
    // Navigation sets a page's own title; put the count back in front of it.
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = document.title.replace(TITLE_COUNT, '');
    };
  }, [count]);

  const state: LiveIndicatorState =
    subscription.status === 'pending'
      ? 'live'
      : subscription.status === 'error' || subscription.error
        ? 'offline'
        : 'connecting';
  const value = useMemo(() => ({ state, soundOn, setSoundOn }), [state, soundOn, setSoundOn]);
  return <KitchenLiveContext value={value}>{children}</KitchenLiveContext>;
}

/** The count of orders waiting for an answer, after "Orders" in the header. */
export function WaitingOrdersBadge() {
  const { orders } = useBoardOrders();
  const count = waitingCount(orders);
  if (count === 0) return null;
  return (
    <span
      data-testid="orders-badge"
      className="ml-1.5 inline-grid min-w-5 place-items-center rounded-full bg-red-600 px-1.5 text-xs leading-5 font-semibold text-white"
    >
      {count}
      <span className="sr-only"> waiting</span>
    </span>
  );
}
