import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics for one server instance; served as text at GET /metrics. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const procedureCalls = new Counter({
    name: 'trpc_procedure_calls_total',
    help: 'tRPC procedure calls by path, type and result code',
    labelNames: ['path', 'type', 'code'] as const,
    registers: [registry],
  });
  const procedureDuration = new Histogram({
    name: 'trpc_procedure_duration_seconds',
    help: 'tRPC procedure latency (subscriptions: time to set up)',
    labelNames: ['path', 'type'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const openSockets = new Gauge({
    name: 'websocket_open_connections',
    help: 'Open WebSocket connections',
    registers: [registry],
  });
  return { registry, procedureCalls, procedureDuration, httpRequests, openSockets };
}
