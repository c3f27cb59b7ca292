'use client';

import { describeApiError } from '@homechef/app-kit';
import { useTRPC } from '@homechef/app-kit/react';
import { Switch, useToast } from '@homechef/ui';
import { useMutation } from '@tanstack/react-query';
import { useSetKitchen, type OwnKitchen } from './use-kitchen.ts';

/** Stop or resume taking orders; only an approved kitchen can be paused. */
export function PauseSwitch({ kitchen }: { kitchen: OwnKitchen }) {
  const trpc = useTRPC();
  const setKitchen = useSetKitchen();
  const toast = useToast();
  const pause = useMutation(
    trpc.chefs.setPaused.mutationOptions({
      onSuccess: (next) => {
        setKitchen(next);
        toast({
          message: next.isPaused
            ? 'Kitchen paused: you’re hidden from customers.'
            : 'Welcome back: you’re taking orders.',
        });
      },
      onError: (error) => toast({ tone: 'error', message: describeApiError(error).message }),
    }),
  );
  const paused = pause.isPending ? (pause.variables?.paused ?? kitchen.isPaused) : kitchen.isPaused;
  return (
    <Switch
      checked={!paused}
      disabled={pause.isPending}
      onChange={(open) => pause.mutate({ paused: !open })}
      label={paused ? 'Paused' : 'Taking orders'}
      description={
        paused
          ? 'Customers can’t see your kitchen until you switch this back on.'
          : 'Switch off to pause: you’ll be hidden until you come back.'
      }
    />
  );
}
