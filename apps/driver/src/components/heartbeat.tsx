'use client';

import { useHeartbeat } from '@homechef/client/react';
import { LiveIndicator } from '@homechef/ui';

/** The API's live heartbeat over WebSocket. */
export function Heartbeat() {
  const { state, beat } = useHeartbeat();
  const label =
    state === 'live' && beat
      ? `Live · beat #${beat.seq} from ${beat.instance}`
      : state === 'offline'
        ? 'Offline · reconnecting…'
        : 'Connecting to live updates…';
  return <LiveIndicator data-testid="heartbeat" state={state} label={label} />;
}
