import postgres from 'postgres';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, uniqueEmail } from './helpers.ts';

// The API limits sign-ins per client address and believes the apps' X-Forwarded-For. A
// browser that writes its own must not get a budget of its choosing: the app passes on the
// address it saw (packages/app-kit/serve/serve.mjs), and the API records it on the session.
test('a browser-sent X-Forwarded-For does not reach the API through sign-in', async ({
  request,
}) => {
  const email = uniqueEmail('forwarded');
  const forged = '198.51.100.98';
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  const response = await request.post('/api/auth/callback/credentials', {
    headers: { 'x-forwarded-for': forged },
    form: {
      csrfToken,
      email,
      password: DEMO_PASSWORD,
      name: 'Forwarded Tester',
      intent: 'sign-up',
      callbackUrl: '/',
      json: 'true',
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(400);
  const session = (await (await request.get('/api/auth/session')).json()) as {
    user?: { email?: string };
  };
  expect(session.user?.email).toBe(email);

  const databaseUrl = process.env.E2E_DATABASE_URL;
  // The embedded fallback's database is open in the API process only.
  if (!databaseUrl) return;
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ ip: string | null }[]>`
      select t.ip from refresh_tokens t join users u on u.id = t.user_id where u.email = ${email}`;
    expect(rows.length).toBeGreaterThan(0);
    for (const { ip } of rows) {
      expect(ip).not.toBe(forged);
      // The test browser reaches the app over loopback: that is the address the API saw.
      expect(ip).toMatch(/^(127\.0\.0\.1|::1)$/);
    }
  } finally {
    await sql.end();
  }
});
