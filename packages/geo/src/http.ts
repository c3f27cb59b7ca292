import { z } from 'zod';
import { GeocoderUnavailableError } from './types.ts';

export interface HttpSettings {
  /** The service's base URL (GEOCODER_URL). */
  baseUrl: string;
  timeoutMs: number;
  /** Sent as User-Agent: public Nominatim and Photon servers ask clients to name themselves. */
  userAgent: string;
}

/** `path` under the base URL (which may itself have a path), with the query parameters set. */
export function endpoint(baseUrl: string, path: string, params: Record<string, string>): URL {
  const url = new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url;
}

/**
 * GET a JSON answer and check its shape: within the timeout, or a GeocoderUnavailableError
 * that says which of slow, failing or unreadable the service was. An abort by the caller's
 * own signal is passed on as it is.
 */
export async function getJson<T extends z.ZodType>(
  url: URL,
  schema: T,
  settings: HttpSettings,
  signal?: AbortSignal,
): Promise<z.infer<T>> {
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  const where = `the geocoder at ${url.host}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', 'user-agent': settings.userAgent },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.aborted) {
      throw new GeocoderUnavailableError(`${where} did not answer within ${settings.timeoutMs} ms`);
    }
    throw new GeocoderUnavailableError(`${where} cannot be reached`, { cause: error });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new GeocoderUnavailableError(`${where} answered HTTP ${response.status}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GeocoderUnavailableError(`${where} sent something that is not JSON`, {
      cause: error,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new GeocoderUnavailableError(`${where} sent JSON of an unexpected shape`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** A coordinate as Nominatim sends it (a string) or Photon (a number). */
export const Coordinate = z.coerce.number().refine(Number.isFinite);
