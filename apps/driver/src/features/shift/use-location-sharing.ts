'use client';

import { describeApiError, type RouterOutputs } from '@homechef/app-kit';
import { useTRPCClient } from '@homechef/app-kit/react';
import { haversineM } from '@homechef/geo/distance';
import { useEffect, useState, useSyncExternalStore } from 'react';

type PingResult = RouterOutputs['drivers']['ping'];

/** A ping about every 4 s, or sooner (at most one a second) after moving 30 m. */
export const PING_EVERY_MS = 4000;
export const PING_AFTER_M = 30;
const MIN_GAP_MS = 1000;
/** A parked phone may stop reporting; ask for a fresh fix before the server finds it old. */
const REFRESH_AFTER_MS = 20_000;

export interface LocationSharing {
  /** When the server last took a ping, and what it said. */
  lastPing: { at: Date; result: PingResult } | null;
  /** The device cannot give a position (denied, unavailable, timed out), in words. */
  gpsProblem: string | null;
  /** The last ping did not reach the server, in words. */
  sendProblem: string | null;
}

const noSubscription = () => () => {};

const finite = (v: number | null | undefined) =>
  v !== null && v !== undefined && Number.isFinite(v) ? v : undefined;

function fixInput(position: GeolocationPosition) {
  const c = position.coords;
  const heading = finite(c.heading);
  const speed = finite(c.speed);
  return {
    lat: c.latitude,
    lng: c.longitude,
    accuracyM: Math.min(finite(c.accuracy) ?? 0, 100_000),
    ...(heading !== undefined && heading >= 0 && heading < 360 ? { heading } : {}),
    ...(speed !== undefined && speed >= 0 ? { speedMps: speed } : {}),
    at: new Date(position.timestamp),
  };
}

function gpsMessage(error: GeolocationPositionError): string {
  if (error.code === error.PERMISSION_DENIED) {
    return 'Location access is off for HomeChef: allow it in your browser settings so customers can follow you.';
  }
  if (error.code === error.TIMEOUT) return 'Waiting for a GPS fix… move to open sky if this lasts.';
  return 'Your position is unavailable right now (no GPS signal).';
}

/**
 * While `active`, follows the device's position (Geolocation `watchPosition`) and sends it
 * as `drivers.ping` over the WebSocket. The socket reconnects by itself; a ping that fails
 * meanwhile is simply replaced by the next fix.
 */
export function useLocationSharing(active: boolean): LocationSharing {
  const client = useTRPCClient();
  const [lastPing, setLastPing] = useState<LocationSharing['lastPing']>(null);
  const [gpsProblem, setGpsProblem] = useState<string | null>(null);
  const [sendProblem, setSendProblem] = useState<string | null>(null);

  const supported = useSyncExternalStore(
    noSubscription,
    () => 'geolocation' in navigator,
    () => true,
  );

  useEffect(() => {
    if (!active || !supported) return;
    let latest: GeolocationPosition | null = null;
    let sent: { lat: number; lng: number; fixAt: number; sentAt: number } | null = null;
    let sending = false;
    let stopped = false;

    const send = async () => {
      if (!latest || sending || stopped) return;
      const now = Date.now();
      const since = sent ? now - sent.sentAt : Infinity;
      if (since < MIN_GAP_MS || (sent && latest.timestamp <= sent.fixAt)) return;
      const moved = sent
        ? haversineM(sent.lat, sent.lng, latest.coords.latitude, latest.coords.longitude)
        : Infinity;
      if (since < PING_EVERY_MS && moved < PING_AFTER_M) return;
      const input = fixInput(latest);
      sending = true;
      try {
        const result = await client.drivers.ping.mutate(input, {
          context: { overSocket: true },
        });
        sent = { lat: input.lat, lng: input.lng, fixAt: input.at.getTime(), sentAt: Date.now() };
        if (!stopped) {
          setLastPing({ at: new Date(), result });
          setSendProblem(null);
        }
      } catch (error) {
        if (!stopped) setSendProblem(describeApiError(error).message);
      } finally {
        sending = false;
      }
    };
    const onFix = (position: GeolocationPosition) => {
      latest = position;
      setGpsProblem(null);
      void send();
    };
    const onError = (error: GeolocationPositionError) => setGpsProblem(gpsMessage(error));
    const options = { enableHighAccuracy: true, maximumAge: 0, timeout: 20_000 };
    const watch = navigator.geolocation.watchPosition(onFix, onError, options);
    const timer = setInterval(() => {
      if (latest && Date.now() - latest.timestamp > REFRESH_AFTER_MS) {
        navigator.geolocation.getCurrentPosition(onFix, onError, options);
      }
      void send();
    }, MIN_GAP_MS);
    return () => {
      stopped = true;
      navigator.geolocation.clearWatch(watch);
      clearInterval(timer);
    };
  }, [active, supported, client]);

  return {
    lastPing,
    gpsProblem:
      active && !supported
        ? 'This browser can’t share its location: use a phone with GPS to deliver.'
        : gpsProblem,
    sendProblem,
  };
}
