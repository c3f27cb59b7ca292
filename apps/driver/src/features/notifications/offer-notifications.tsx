'use client';

import { apiErrorCode, describeApiError } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import { Alert, BellIcon, Button, Card, Skeleton, Switch } from '@homechef/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { alertNewOffer } from './offer-alert.ts';
import {
  currentSubscription,
  pushSupport,
  subscribeBrowser,
  type PushSupport,
} from './push-subscription.ts';

type State =
  | { kind: 'loading' }
  | { kind: PushSupport; permission: NotificationPermission | null; on: boolean };

const UNAVAILABLE: Record<'unsupported' | 'no-worker', string> = {
  unsupported:
    'This browser can’t show notifications from the app. On an iPhone, add HomeChef Driver to your home screen and open it from there.',
  'no-worker':
    'Notifications need the installed app’s service worker, which development builds don’t run. Use a production build (npm start).',
};

/**
 * Account setting “Offer notifications”: asks the browser's permission and subscribes it to
 * Web Push, so offers reach the driver with the app in the background or the screen off.
 */
export function OfferNotifications() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation(trpc.push.subscribe.mutationOptions());
  const forget = useMutation(trpc.push.unsubscribe.mutationOptions());

  useEffect(() => {
    let live = true;
    void (async () => {
      const support = await pushSupport();
      if (support !== 'supported') {
        if (live) setState({ kind: support, permission: null, on: false });
        return;
      }
      const subscription = await currentSubscription();
      const permission = Notification.permission;
      const on = permission === 'granted' && subscription !== null;
      if (live) setState({ kind: 'supported', permission, on });
      // The server forgets a subscription its push service reported gone: send it again.
      if (on && subscription) {
        const json = subscription.toJSON();
        if (json.endpoint && json.keys?.p256dh && json.keys.auth) {
          save.mutate({
            endpoint: json.endpoint,
            keys: { p256dh: json.keys.p256dh, auth: json.keys.auth },
          });
        }
      }
    })();
    return () => {
      live = false;
    };
    // Once per visit; `save` is stable enough for a fire-and-forget resync.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function turnOn() {
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') {
      setState({ kind: 'supported', permission, on: false });
      setProblem(
        permission === 'denied'
          ? 'Notifications are blocked for this site. Allow them in your browser’s site settings, then turn this on again.'
          : 'Allow notifications when your browser asks, so offers reach you.',
      );
      return;
    }
    const { publicKey } = await queryClient.fetchQuery(trpc.push.publicKey.queryOptions());
    const json = await subscribeBrowser(publicKey);
    if (!json.endpoint || !json.keys?.p256dh || !json.keys.auth) {
      throw new Error('The browser returned an incomplete push subscription');
    }
    await save.mutateAsync({
      endpoint: json.endpoint,
      keys: { p256dh: json.keys.p256dh, auth: json.keys.auth },
    });
    setState({ kind: 'supported', permission, on: true });
  }

  async function turnOff() {
    const subscription = await currentSubscription();
    if (subscription) {
      await forget.mutateAsync({ endpoint: subscription.endpoint }).catch((error: unknown) => {
        // Already forgotten by the server (its push service said it was gone): nothing to undo.
        if (apiErrorCode(error) !== 'NOT_FOUND') throw error;
      });
      await subscription.unsubscribe();
    }
    setState({ kind: 'supported', permission: Notification.permission, on: false });
  }

  const [busy, setBusy] = useState(false);
  async function toggle(next: boolean) {
    setBusy(true);
    setProblem(null);
    try {
      await (next ? turnOn() : turnOff());
    } catch (error) {
      setProblem(
        error instanceof Error && !('data' in error)
          ? `Couldn’t change notifications: ${error.message}`
          : describeApiError(error).message,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      title="Offer notifications"
      description="Get new delivery offers on this device even when the app is in the background or the screen is off."
    >
      <div className="space-y-4" data-testid="offer-notifications">
        {state.kind === 'loading' ? (
          <Skeleton className="h-10 rounded-xl" />
        ) : state.kind === 'supported' ? (
          <Switch
            checked={state.on}
            disabled={busy}
            onChange={(next) => void toggle(next)}
            label="Offer notifications"
            description={
              state.on
                ? 'On for this device. Offers show as notifications with sound and vibration.'
                : state.permission === 'denied'
                  ? 'Blocked in your browser’s settings for this site.'
                  : 'Off. Turn on and allow notifications when asked.'
            }
          />
        ) : (
          <Alert tone="info" title="Not available here">
            {UNAVAILABLE[state.kind]}
          </Alert>
        )}
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        <Button
          variant="secondary"
          size="sm"
          icon={<BellIcon aria-hidden="true" />}
          onClick={() => alertNewOffer()}
        >
          Test the offer sound
        </Button>
      </div>
    </Card>
  );
}
