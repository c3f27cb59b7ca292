import { invalidRequest, missingParam } from './errors.ts';

/** A decoded form value: Stripe's bracket notation turned back into nested objects and arrays. */
export type Param = string | Param[] | { [key: string]: Param };
export type Params = { [key: string]: Param };

const KEY = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;

/** Decodes `a[b][0][c]=x&expand[]=y` into `{ a: { b: [{ c: 'x' }] }, expand: ['y'] }`. */
export function parseForm(text: string): Params {
  const root: Params = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const match = KEY.exec(rawKey);
    if (!match?.[1]) throw invalidRequest(`Invalid parameter name: ${rawKey}`);
    const path = [
      match[1],
      ...[...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? ''),
    ];
    let node: Params = root;
    for (let i = 0; i < path.length; i++) {
      let key = path[i] ?? '';
      if (key === '') key = String(Object.keys(node).length);
      if (i === path.length - 1) {
        node[key] = value;
      } else {
        const next = node[key];
        if (next === undefined || typeof next === 'string') {
          const child: Params = {};
          node[key] = child;
          node = child;
        } else {
          node = next as Params;
        }
      }
    }
  }
  return arrayify(root) as Params;
}

function arrayify(value: Param): Param {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(arrayify);
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => arrayify(value[String(k)] as Param));
  }
  const out: Params = {};
  for (const k of keys) out[k] = arrayify(value[k] as Param);
  return out;
}

/** Typed readers that fail with the error Stripe gives for a bad or missing parameter. */
export class Reader {
  constructor(
    readonly params: Params,
    private readonly prefix = '',
  ) {}

  private name(key: string) {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  has(key: string): boolean {
    return this.params[key] !== undefined;
  }

  str(key: string): string | undefined {
    const v = this.params[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string')
      throw invalidRequest(`Invalid string: ${this.name(key)}`, { param: this.name(key) });
    return v;
  }

  reqStr(key: string): string {
    const v = this.str(key);
    if (v === undefined || v === '') throw missingParam(this.name(key));
    return v;
  }

  int(key: string): number | undefined {
    const v = this.str(key);
    if (v === undefined) return undefined;
    if (!/^-?\d+$/.test(v)) {
      throw invalidRequest(`Invalid integer: ${v}`, {
        code: 'parameter_invalid_integer',
        param: this.name(key),
      });
    }
    return Number(v);
  }

  reqInt(key: string): number {
    const v = this.int(key);
    if (v === undefined) throw missingParam(this.name(key));
    return v;
  }

  bool(key: string): boolean | undefined {
    const v = this.str(key);
    if (v === undefined) return undefined;
    if (v !== 'true' && v !== 'false') {
      throw invalidRequest(`Invalid boolean: ${v}`, { param: this.name(key) });
    }
    return v === 'true';
  }

  obj(key: string): Reader | undefined {
    const v = this.params[key];
    if (v === undefined || v === '') return undefined;
    if (typeof v === 'string' || Array.isArray(v)) {
      throw invalidRequest(`Invalid object: ${this.name(key)}`, { param: this.name(key) });
    }
    return new Reader(v, this.name(key));
  }

  list(key: string): Reader[] {
    const v = this.params[key];
    if (v === undefined || v === '') return [];
    if (!Array.isArray(v))
      throw invalidRequest(`Invalid array: ${this.name(key)}`, { param: this.name(key) });
    return v.map((item, i) => {
      if (typeof item === 'string' || Array.isArray(item)) {
        throw invalidRequest(`Invalid object: ${this.name(key)}[${i}]`, {
          param: `${this.name(key)}[${i}]`,
        });
      }
      return new Reader(item, `${this.name(key)}[${i}]`);
    });
  }

  strings(key: string): string[] {
    const v = this.params[key];
    if (v === undefined || v === '') return [];
    if (typeof v === 'string') return [v];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      throw invalidRequest(`Invalid array: ${this.name(key)}`, { param: this.name(key) });
    }
    return v as string[];
  }

  /** `metadata[k]=v` sets, `metadata[k]=` unsets, `metadata=` clears (Stripe's rules). */
  metadata(current: Record<string, string> = {}): Record<string, string> {
    const v = this.params.metadata;
    if (v === undefined) return current;
    if (v === '') return {};
    if (typeof v === 'string' || Array.isArray(v)) {
      throw invalidRequest('Invalid object: metadata', { param: this.name('metadata') });
    }
    const next = { ...current };
    for (const [k, val] of Object.entries(v)) {
      if (typeof val !== 'string') {
        throw invalidRequest(`Invalid metadata value for ${k}`, { param: `metadata[${k}]` });
      }
      if (val === '') delete next[k];
      else next[k] = val;
    }
    if (Object.keys(next).length > 50) {
      throw invalidRequest('Metadata can have at most 50 keys.', { param: 'metadata' });
    }
    return next;
  }
}
