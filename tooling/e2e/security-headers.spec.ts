import { expect, test } from '@playwright/test';
import { demoUser, signInAt } from './helpers.ts';

// Runs once per app (playwright.config.ts): every response carries the security headers,
// pages a nonce CSP that Next's own scripts satisfy.
const app = () => test.info().project.name;

function expectStaticHeaders(headers: Record<string, string>) {
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const permissions = headers['permissions-policy'] ?? '';
  expect(permissions).toContain(app() === 'admin' ? 'geolocation=()' : 'geolocation=(self)');
  expect(permissions).toContain('camera=()');
  expect(permissions).toContain('microphone=()');
  // Served over plain http here: no HSTS.
  expect(headers['strict-transport-security']).toBeUndefined();
}

test('a page carries a nonce CSP and the security headers, with no CSP violation', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    // Chrome's own line for the same refused probe (see below).
    if (/Refused to evaluate a string as JavaScript/.test(text)) return;
    if (/Content Security Policy|Refused to/i.test(text)) violations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // zod probes once whether it may compile parsers with `new Function` and falls back
      // when refused: that refusal is the policy working, not a page part that was blocked.
      if (event.blockedURI === 'eval') return;
      console.error(`Refused to load ${event.blockedURI} (${event.violatedDirective})`);
    });
  });

  const response = await page.goto('/sign-in');
  if (!response) throw new Error('no response for /sign-in');
  expect(response.status()).toBe(200);
  const headers = await response.allHeaders();
  expectStaticHeaders(headers);
  const csp = headers['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:9001 ws:\/\/127\.0\.0\.1:9001/);

  // Next put this request's nonce on its scripts, and the page hydrated under the policy.
  const scriptNonces = await page
    .locator('script')
    .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  for (const value of scriptNonces) expect(value).toBe(nonce);
  // Next's own bundles are static files: the static headers only.
  const bundle = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  if (!bundle) throw new Error('no Next bundle on the page');
  expectStaticHeaders((await page.request.get(bundle)).headers());

  // Signing in (a hydrated form, the session, the API's HTTP and WebSocket) still works.
  const email = demoUser();
  if (email) await signInAt(page, '/', email);
  else await page.goto('/');
  await expect(page.getByRole('main')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);

  // A second request gets another nonce.
  const again = await page.request.get('/sign-in');
  expect(again.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`);
});

test('static files carry the security headers', async ({ request }) => {
  for (const path of ['/favicon.ico', ...(app() === 'driver' ? ['/sw.js'] : [])]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expectStaticHeaders(response.headers());
  }
});
