import type Stripe from 'stripe';
import type { OnboardingDetails } from './state.ts';

export function esc(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} · Stripe sandbox</title>
<style>
body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1a1f36}
h1{font-size:1.4rem}label{display:block;margin:.8rem 0 .2rem}input[type=text],input[type=email],input[type=date]{width:100%;padding:.5rem;box-sizing:border-box}
button{margin:1rem .5rem 0 0;padding:.6rem 1.2rem;background:#635bff;color:#fff;border:0;border-radius:4px;cursor:pointer}
button.secondary{background:#e3e8ee;color:#1a1f36}.error{color:#df1b41;background:#fde8ec;padding:.6rem;border-radius:4px}
.badge{display:inline-block;padding:.1rem .5rem;border-radius:1rem;background:#e3e8ee}table{width:100%;border-collapse:collapse}td,th{text-align:left;padding:.3rem;border-bottom:1px solid #e3e8ee}
.sandbox{font-size:.8rem;color:#697386}
</style></head><body><p class="sandbox">Stripe sandbox · test mode</p>
${body}
</body></html>`;
}

export function formatAmount(cents: number, currency: string): string {
  return `${(cents / 100).toFixed(2)} ${currency.toUpperCase()}`;
}

export function onboardingPage(
  account: Stripe.Account,
  details: OnboardingDetails,
  action: string,
): string {
  const due = account.requirements?.currently_due ?? [];
  return layout(
    'Set up payouts',
    `<h1>Set up your Express account</h1>
<p>Account <code>${esc(account.id)}</code>${account.email ? ` for ${esc(account.email)}` : ''}.</p>
${due.length ? `<p>Still needed: ${due.map((d) => `<span class="badge">${esc(d)}</span>`).join(' ')}</p>` : '<p>Everything is provided.</p>'}
<form method="post" action="${esc(action)}">
<label for="first_name">First name</label><input type="text" id="first_name" name="first_name" value="${esc(details.first_name)}">
<label for="last_name">Last name</label><input type="text" id="last_name" name="last_name" value="${esc(details.last_name)}">
<label for="dob">Date of birth</label><input type="date" id="dob" name="dob" value="${esc(details.dob)}">
<label for="account_number">Bank account number (payouts)</label><input type="text" id="account_number" name="account_number" value="${esc(details.account_number)}" placeholder="000123456789">
<label><input type="checkbox" name="tos" value="accepted"${details.tos_accepted_at ? ' checked' : ''}> I accept the Stripe Connected Account Agreement</label>
<button type="submit" name="action" value="submit">Submit</button>
<button type="submit" name="action" value="save" class="secondary">Save and finish later</button>
</form>`,
  );
}

export function messagePage(
  title: string,
  message: string,
  status = 200,
): { status: number; html: string } {
  return { status, html: layout(title, `<h1>${esc(title)}</h1><p>${esc(message)}</p>`) };
}

export function checkoutPage(
  session: Stripe.Checkout.Session,
  items: Stripe.LineItem[],
  action: string,
  error: string | null,
): string {
  const rows = items
    .map(
      (li) =>
        `<tr><td>${esc(li.description)} × ${esc(li.quantity)}</td><td>${esc(formatAmount(li.amount_total, li.currency))}</td></tr>`,
    )
    .join('');
  return layout(
    'Checkout',
    `<h1>Pay ${esc(formatAmount(session.amount_total ?? 0, session.currency ?? 'usd'))}</h1>
<table>${rows}</table>
${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}
<form method="post" action="${esc(action)}">
<label for="email">Email</label><input type="email" id="email" name="email" value="${esc(session.customer_email ?? session.customer_details?.email)}">
<label for="card_number">Card number</label><input type="text" id="card_number" name="card_number" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242">
<label for="name">Name on card</label><input type="text" id="name" name="name">
<button type="submit">Pay</button>
</form>
${session.cancel_url ? `<p><a href="${esc(session.cancel_url)}">Cancel and go back</a></p>` : ''}
<p class="sandbox">Test cards: 4242 4242 4242 4242 succeeds · 4000 0000 0000 0002 declined · 4000 0000 0000 9995 insufficient funds · 4000 0025 0000 3155 asks for authentication.</p>`,
  );
}

export function authenticatePage(amount: string, action: string): string {
  return layout(
    'Authenticate payment',
    `<h1>Confirm this payment</h1>
<p>Your bank asks you to confirm a payment of ${esc(amount)}.</p>
<form method="post" action="${esc(action)}">
<button type="submit" name="result" value="complete">Complete authentication</button>
<button type="submit" name="result" value="fail" class="secondary">Fail authentication</button>
</form>`,
  );
}

export function dashboardPage(
  account: Stripe.Account,
  balance: Stripe.Balance,
  transfers: Stripe.Transfer[],
): string {
  const available = balance.available.map((b) => formatAmount(b.amount, b.currency)).join(', ');
  const rows = transfers
    .map(
      (t) =>
        `<tr><td>${esc(new Date(t.created * 1000).toISOString().slice(0, 16).replace('T', ' '))}</td><td>${esc(formatAmount(t.amount - t.amount_reversed, t.currency))}</td><td><code>${esc(t.id)}</code></td></tr>`,
    )
    .join('');
  return layout(
    'Express dashboard',
    `<h1>Express dashboard</h1>
<p>Account <code>${esc(account.id)}</code> · charges ${account.charges_enabled ? 'enabled' : 'disabled'} · payouts ${account.payouts_enabled ? 'enabled' : 'disabled'}</p>
<p>Available balance: <strong data-testid="balance">${esc(available)}</strong></p>
<h2>Payments received</h2>
${rows ? `<table><tr><th>When</th><th>Net</th><th>Transfer</th></tr>${rows}</table>` : '<p>No payments yet.</p>'}`,
  );
}

export function indexPage(baseUrl: string): string {
  return layout(
    'Stripe sandbox',
    `<h1>Stripe sandbox</h1>
<p>API: <code>${esc(baseUrl)}/v1</code> (use the <code>stripe</code> SDK with <code>host</code>, <code>port</code> and <code>protocol</code>).</p>
<p>Hosted pages: onboarding <code>/onboard/…</code> (from account links), checkout <code>/pay/cs_test_…</code>, Express dashboard <code>/express/…</code> (from login links).</p>`,
  );
}
