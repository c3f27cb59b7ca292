import { SESSION_REVOKED_TOPIC, type Actor, type SessionRevoked } from '@homechef/api';
import type { EventBus, Unsubscribe } from '@homechef/realtime';
import type { WebSocket } from 'ws';
import { CLOSE_CODES } from './socket-guard.ts';

/** Application close code: the session behind this socket was revoked (sign out, suspension…). */
export const CLOSE_SESSION_REVOKED = CLOSE_CODES.sessionRevoked;

/** Open WebSockets by user, so a revoked session loses its live streams within moments. */
export class SocketRegistry {
  readonly #byUser = new Map<string, Map<WebSocket, string | undefined>>();

  add(socket: WebSocket, actor: Actor): void {
    let sockets = this.#byUser.get(actor.userId);
    if (!sockets)
      this.#byUser.set(actor.userId, (sockets = new Map<WebSocket, string | undefined>()));
    sockets.set(socket, actor.sessionId);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0 && this.#byUser.get(actor.userId) === sockets)
        this.#byUser.delete(actor.userId);
    });
  }

  /** Open sockets on this user's tokens (on this instance). */
  count(userId: string): number {
    return this.#byUser.get(userId)?.size ?? 0;
  }

  /** Closes the user's sockets (only those of one session when `familyId` is given). */
  close({ userId, familyId }: SessionRevoked): number {
    let closed = 0;
    for (const [socket, sessionId] of this.#byUser.get(userId) ?? []) {
      if (familyId && sessionId !== familyId) continue;
      socket.close(CLOSE_SESSION_REVOKED, 'session revoked');
      closed++;
    }
    return closed;
  }

  /** Listens for revocations from every server instance. */
  closeOnRevocation(
    bus: EventBus,
    onClosed: (count: number, event: SessionRevoked) => void,
  ): Promise<Unsubscribe> {
    return bus.subscribe<SessionRevoked>(SESSION_REVOKED_TOPIC, (event) => {
      const count = this.close(event);
      if (count > 0) onClosed(count, event);
    });
  }
}
