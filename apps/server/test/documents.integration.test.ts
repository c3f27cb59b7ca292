import { hashPassword } from '@homechef/auth';
import { users } from '@homechef/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpClient, startTestServer, type TestServer, metricsAuth } from './helpers.ts';

let t: TestServer;
let token: string;
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(2048, 0x20),
  Buffer.from('\n%%EOF\n'),
]);

beforeAll(async () => {
  t = await startTestServer();
  const email = `chef-${Math.random().toString(36).slice(2)}@example.test`;
  await t.db.insert(users).values({
    email,
    name: 'Chef',
    role: 'chef',
    passwordHash: await hashPassword('a fine password'),
  });
  token = (await httpClient(t.server.url).auth.login.mutate({ email, password: 'a fine password' }))
    .accessToken;
  await httpClient(t.server.url, token).chefs.apply.mutate({ businessName: 'Test Kitchen' });
});
afterAll(async () => {
  await t.close();
});

const upload = (body: Buffer, headers: Record<string, string>) =>
  fetch(`${t.server.url}/documents?kind=permit&fileName=permit.pdf`, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf', ...headers },
    body,
  });

describe('/documents on the API server', () => {
  it('refuses an upload without a valid token before reading it', async () => {
    expect((await upload(PDF, {})).status).toBe(401);
    const forged = await upload(PDF, { authorization: 'Bearer forged.token.x' });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a declared 50 MB body with 413 and a clear message', async () => {
    const res = await fetch(`${t.server.url}/documents?kind=permit&fileName=big.pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-length': String(50 * 1024 * 1024) },
      body: PDF,
      duplex: 'half',
    }).catch((error: unknown) => error);
    // The server answers before the body arrives and closes; either way nothing is stored.
    if (res instanceof Response) expect(res.status).toBe(413);
    const me = await httpClient(t.server.url, token).chefs.me.query();
    expect(me?.documents ?? []).toEqual([]);
  });

  it('stores a real PDF for the signed-in chef and serves it through a signed link', async () => {
    const res = await upload(PDF, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as { document: { id: string } };
    const { url } = await httpClient(t.server.url, token).chefs.documentUrl.query({
      id: document.id,
    });
    const file = await fetch(`${t.server.url}${url}`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    const metrics = await (await fetch(`${t.server.url}/metrics`, { headers: metricsAuth })).text();
    expect(metrics).toMatch(
      /http_requests_total\{route="\/documents",method="POST",status="201"\} 1/,
    );
  });

  it('answers a malformed or unknown id in the path with 404, never 500', async () => {
    for (const id of [
      '-'.repeat(36),
      'x'.repeat(36),
      '1',
      '%00',
      '00000000-0000-0000-0000-00000000000g',
    ]) {
      const res = await fetch(`${t.server.url}/documents/${id}?expires=1&sig=x`);
      expect(res.status, id).toBe(404);
      expect(await res.json()).toMatchObject({
        error: { code: 'NOT_FOUND', message: 'No such document' },
      });
    }
  });

  it('stores a PDF named .html under the .pdf name, and serves it as a PDF', async () => {
    const res = await fetch(`${t.server.url}/documents?kind=permit&fileName=poly.html`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/html' },
      body: PDF,
    });
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as {
      document: { id: string; fileName: string; contentType: string };
    };
    expect(document).toMatchObject({ fileName: 'poly.pdf', contentType: 'application/pdf' });
    const { url } = await httpClient(t.server.url, token).chefs.documentUrl.query({
      id: document.id,
    });
    const file = await fetch(`${t.server.url}${url}`);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain('filename="poly.pdf"');
  });

  it('refuses a file name with control or bidi-override characters', async () => {
    for (const name of ['\u202Efdp.exe', 'permit\u0000.pdf', 'a\u2066b.pdf']) {
      const res = await fetch(
        `${t.server.url}/documents?kind=permit&fileName=${encodeURIComponent(name)}`,
        { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: PDF },
      );
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(await res.json()).toMatchObject({
        error: {
          code: 'BAD_REQUEST',
          message: expect.stringContaining('Remove control characters') as unknown,
        },
      });
    }
  });
});
