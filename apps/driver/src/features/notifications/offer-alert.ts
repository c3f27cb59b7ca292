'use client';

import { useEffect, useRef } from 'react';

/** Three short buzzes: felt in a pocket or a phone mount. */
export const OFFER_VIBRATION: readonly number[] = [300, 120, 300, 120, 300];

/** Two rising tones, repeated: a chime a driver hears over traffic without a sound file. */
const CHIME: readonly { hz: number; at: number; for: number }[] = [
  { hz: 880, at: 0, for: 0.18 },
  { hz: 1320, at: 0.2, for: 0.28 },
  { hz: 880, at: 0.6, for: 0.18 },
  { hz: 1320, at: 0.8, for: 0.28 },
];

let audio: AudioContext | null = null;

function playChime(): boolean {
  const Ctor =
    globalThis.AudioContext ??
    (globalThis as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return false;
  try {
    audio ??= new Ctor();
    // Browsers start audio suspended until the page has had a tap; a driver has tapped by now.
    if (audio.state === 'suspended') void audio.resume().catch(() => {});
    const start = audio.currentTime + 0.02;
    for (const tone of CHIME) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = 'sine';
      osc.frequency.value = tone.hz;
      gain.gain.setValueAtTime(0.0001, start + tone.at);
      gain.gain.exponentialRampToValueAtTime(0.35, start + tone.at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + tone.at + tone.for);
      osc.connect(gain).connect(audio.destination);
      osc.start(start + tone.at);
      osc.stop(start + tone.at + tone.for + 0.05);
    }
    return true;
  } catch {
    return false;
  }
}

export interface OfferAlertResult {
  sounded: boolean;
  vibrated: boolean;
}

/**
 * Sound and vibration for an offer that arrives while the app is on screen (in the background
 * the service worker's notification does this). Nothing happens for a hidden page. Never throws.
 */
export function alertNewOffer(): OfferAlertResult {
  if (typeof document === 'undefined' || document.visibilityState !== 'visible') {
    return { sounded: false, vibrated: false };
  }
  let vibrated: boolean;
  try {
    vibrated = typeof navigator.vibrate === 'function' && navigator.vibrate([...OFFER_VIBRATION]);
  } catch {
    vibrated = false;
  }
  return { sounded: playChime(), vibrated };
}

export interface PushedMessage {
  title: string;
  body: string;
  url: string;
  tag?: string;
}

/**
 * Calls `onPush` for each push the service worker hands to this page instead of showing a
 * notification (the app had the focus), after sounding the offer alert.
 */
export function usePushedMessages(onPush?: (message: PushedMessage) => void) {
  const handler = useRef(onPush);
  useEffect(() => {
    handler.current = onPush;
  }, [onPush]);
  useEffect(() => {
    const sw = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
    if (!sw) return;
    const listen = (event: MessageEvent) => {
      const data = event.data as { type?: string; payload?: PushedMessage } | null;
      if (data?.type !== 'push' || !data.payload) return;
      alertNewOffer();
      handler.current?.(data.payload);
    };
    sw.addEventListener('message', listen);
    return () => sw.removeEventListener('message', listen);
  }, []);
}
