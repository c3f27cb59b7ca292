import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server.ts';
import WebSocket from 'ws';
import { testServices } from '@homechef/realtime/testing';
import { httpClient, startTestServer, wsClient, type TestServer, metricsAuth } from './helpers.ts';

const expected =
  testServices() === 'real' ? { db: 'postgres', bus: 'redis' } : { db: 'pglite', bus: 'memory' };

describe('API server', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers health.ping over HTTP and names the real backends', async () => {
    const pong = await httpClient(t.server.url).health.ping.query();
    expect(pong).toMatchObject({ ok: true, ...expected });
    expect(pong.time).toBeInstanceOf(Date);
  });

  it('batches several calls into one HTTP request', async () => {
    const client = httpClient(t.server.url);
    const [a, b] = await Promise.all([client.health.ping.query(), client.health.ping.query()]);
    expect(a.ok && b.ok).toBe(true);
    const metrics = await (await fetch(`${t.server.url}/metrics`, { headers: metricsAuth })).text();
    expect(metrics).toMatch(
      /trpc_procedure_calls_total\{path="health.ping",type="query",code="OK"\} [3-9]/,
    );
  });

  it('streams heartbeats over ws://…/realtime with tracked ids', async () => {
    const { client, ws } = wsClient(t.server.url);
    try {
      const beats = await new Promise<{ id: string; data: { seq: number } }[]>(
        (resolve, reject) => {
          const got: { id: string; data: { seq: number } }[] = [];
          const sub = client.health.onHeartbeat.subscribe(undefined, {
            onData: (event) => {
              got.push(event);
              if (got.length === 3) {
                sub.unsubscribe();
                resolve(got);
              }
            },
            onError: reject,
          });
        },
      );
      const seqs = beats.map((b) => b.data.seq);
      expect(seqs[1]).toBe(seqs[0]! + 1);
      expect(seqs[2]).toBe(seqs[0]! + 2);
      // Tracked ids name the instance without its host name or pid.
      expect(beats[0]!.id).toMatch(/^[0-9a-f]{12}:\d+$/);
    } finally {
      await ws.close();
    }
  });

  it('serves /healthz with the state of the database and the bus', async () => {
    const res = await fetch(`${t.server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      db: { kind: expected.db, status: 'ok' },
      bus: { kind: expected.bus, status: 'ok' },
    });
  });

  it('serves Prometheus metrics including open sockets and latency histograms', async () => {
    const res = await fetch(`${t.server.url}/metrics`, { headers: metricsAuth });
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toContain('# TYPE websocket_open_connections gauge');
    expect(text).toContain('# TYPE trpc_procedure_duration_seconds histogram');
    expect(text).toMatch(/http_requests_total\{route="\/healthz",method="GET",status="200"\} 1/);
  });

  it('returns a clean error for an unknown procedure and bad input, never internals', async () => {
    const res = await fetch(`${t.server.url}/trpc/health.nope`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as {
      error: { json: { message: string; data: Record<string, unknown> } };
    };
    expect(body.error.json.data).not.toHaveProperty('stack');
    const notFound = await fetch(`${t.server.url}/nowhere`);
    expect(notFound.status).toBe(404);
  });

  it('echoes a well-formed x-request-id and replaces a forged one', async () => {
    const ok = await fetch(`${t.server.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(ok.headers.get('x-request-id')).toBe('abc-123');
    const forged = await fetch(`${t.server.url}/healthz`, {
      headers: { 'x-request-id': 'a b\tc' },
    });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows the four apps as CORS origins and no others', async () => {
    const ok = await fetch(`${t.server.url}/trpc/health.ping`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3002', 'access-control-request-method': 'POST' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:3002');
    const evil = await fetch(`${t.server.url}/trpc/health.ping`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses WebSocket upgrades on other paths', async () => {
    const socket = new WebSocket(`${t.server.url.replace('http', 'ws')}/elsewhere`);
    const outcome = await new Promise<string>((resolve) => {
      socket.on('open', () => resolve('open'));
      socket.on('error', () => resolve('refused'));
    });
    expect(outcome).toBe('refused');
  });
});

describe('graceful shutdown', () => {
  it('tells WebSocket clients to reconnect, closes their sockets and releases every resource', async () => {
    const t = await startTestServer();
    const socket = new WebSocket(`${t.server.url.replace('http', 'ws')}/realtime`);
    await new Promise((resolve) => socket.once('open', resolve));
    const messages: string[] = [];
    socket.on('message', (m: Buffer) => messages.push(m.toString()));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    await t.server.close();
    expect(await closed).toBe(1001);
    expect(messages.some((m) => m.includes('"method":"reconnect"'))).toBe(true);
    await expect(fetch(`${t.server.url}/healthz`)).rejects.toThrow();
    await expect(t.server.database.ping()).rejects.toThrow();
    await t.close();
  });
});

// Starts its own server on a fresh embedded database (migrations take a while on a busy machine).
describe('request ids', { timeout: 120_000 }, () => {
  it('are the same in the response header, the request log line and the procedure log line', async () => {
    type Line = { msg: string; reqId?: string; path?: string };
    const lines: Line[] = [];
    const logger = pino(
      { level: 'debug' },
      { write: (line: string) => lines.push(JSON.parse(line) as Line) },
    );
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'hc-reqid-')),
    });
    const server = await startServer(config, logger);
    try {
      const res = await fetch(`${server.url}/trpc/health.ping`);
      const id = res.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const procedure = lines.find((l) => l.msg === 'procedure' && l.path === 'health.ping');
      const request = lines.find((l) => l.msg === 'request');
      expect(procedure?.reqId).toBe(id);
      expect(request?.reqId).toBe(id);
    } finally {
      await server.close();
    }
  });
});
