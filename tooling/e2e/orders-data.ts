/**
 * Paid orders for browser tests, made the way production makes them: a kitchen whose Express
 * account is onboarded on the API's in-process Stripe sandbox, a customer who places an order
 * through the API and pays on the sandbox's Checkout page, and the sandbox's signed webhook
 * that confirms the payment. Only the kitchen's approval and opening hours are written to the
 * database directly (another spec covers the application and its review in the browser).
 */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import Stripe from 'stripe';
import { connectedAccount, formAction, submitForm } from '@homechef/stripe-sandbox/testing';
import { uniqueEmail } from './helpers.ts';

const API = process.env.API_URL ?? 'http://localhost:9001';
// The sandbox the API server starts when STRIPE_SECRET_KEY is unset (its default port and key).
const SANDBOX = { host: '127.0.0.1', port: 12111, key: 'sk_test_homechef_sandbox' };
// Downtown Oakland, and a customer about a kilometre away.
export interface Point {
  lat: number;
  lng: number;
}
export const KITCHEN: Point = { lat: 37.8044, lng: -122.2712 };
const CUSTOMER: Point = { lat: 37.8119, lng: -122.2634 };
/** The customer's street (the tests put its pin where they need it). */
const HOME = { line1: '2100 Telegraph Ave', city: 'Oakland', postalCode: '94612' };

interface Session {
  accessToken: string;
  user: { id: string };
}

/** One tRPC call over HTTP (superjson envelope), as any API client makes it. */
export async function call<T>(
  kind: 'query' | 'mutation',
  path: string,
  input: unknown,
  token?: string,
): Promise<T> {
  const body = JSON.stringify({ json: input });
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const res =
    kind === 'query'
      ? await fetch(`${API}/trpc/${path}?input=${encodeURIComponent(body)}`, { headers })
      : await fetch(`${API}/trpc/${path}`, { method: 'POST', headers, body });
  const payload = (await res.json()) as {
    result?: { data: { json: T } };
    error?: { json: { message: string } };
  };
  if (!payload.result) throw new Error(`${path}: ${payload.error?.json.message ?? res.status}`);
  return payload.result.data.json;
}

export interface PayableKitchen {
  chefId: string;
  businessName: string;
  email: string;
  password: string;
  dishId: string;
  token: string;
}

/**
 * A listed kitchen with one dish, open around the clock, whose payments reach a real sandbox
 * account. Needs the test database (E2E_DATABASE_URL): null without it.
 */
export async function createPayableKitchen(at: Point = KITCHEN): Promise<PayableKitchen | null> {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) return null;
  const password = 'simmering since dawn';
  const email = uniqueEmail('board-chef');
  const businessName = `Board Test Kitchen ${Date.now().toString(36)}`;
  const chef = await call<Session>('mutation', 'auth.register', {
    email,
    password,
    name: 'Noor Haddad',
    role: 'chef',
  });
  const token = chef.accessToken;
  await call('mutation', 'chefs.apply', { businessName }, token);

  const stripe = new Stripe(SANDBOX.key, {
    host: SANDBOX.host,
    port: SANDBOX.port,
    protocol: 'http',
  });
  const account = await connectedAccount(stripe);

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  let chefId: string;
  try {
    const [row] = await sql<{ id: string }[]>`
      update chefs set verification_status = 'approved', approved_at = now(),
        lat = ${at.lat}, lng = ${at.lng}, kitchen_line1 = '1 Broadway',
        kitchen_city = 'Oakland', kitchen_postal_code = '94607', timezone = 'UTC',
        permit_expires_on = '2099-12-31', stripe_account_id = ${account.id},
        stripe_charges_enabled = true, stripe_payouts_enabled = true,
        stripe_details_submitted = true
      where user_id = ${chef.user.id} returning id`;
    if (!row) throw new Error('the kitchen was not created');
    chefId = row.id;
    // Two windows a day that meet at noon and midnight: open at every hour of the week, so
    // an order near midnight can still be ready in time.
    for (let weekday = 0; weekday < 7; weekday++) {
      await sql`insert into chef_opening_hours (chef_id, weekday, opens_at, closes_at)
        values (${chefId}, ${weekday}, '00:00', '12:00'), (${chefId}, ${weekday}, '12:00', '00:00')`;
    }
  } finally {
    await sql.end();
  }

  const menu = await call<{ id: string }>('mutation', 'menus.create', { name: 'Tonight' }, token);
  const dish = await call<{ id: string }>(
    'mutation',
    'menus.addItem',
    {
      menuId: menu.id,
      name: 'Chicken shawarma plate',
      priceCents: 1450,
      optionGroups: [
        {
          name: 'Sauce',
          minChoices: 0,
          maxChoices: 1,
          options: [
            { name: 'Garlic toum', priceDeltaCents: 0 },
            { name: 'Tahini', priceDeltaCents: 0 },
          ],
        },
      ],
    },
    token,
  );
  return { chefId, businessName, email, password, dishId: dish.id, token };
}

export interface PaidOrder {
  orderId: string;
  shortCode: string;
  customerName: string;
  /** The customer's sign-in, for tests that open the order as them. */
  customerEmail: string;
  customerPassword: string;
}

export interface TestCustomer {
  name: string;
  email: string;
  password: string;
  token: string;
}

/** A new customer whose default address is at `to` (for tests that check out in the browser). */
export async function registerCustomer(to: Point = CUSTOMER): Promise<TestCustomer> {
  const name = `Casey ${Date.now().toString(36)}`;
  const email = uniqueEmail('board-customer');
  const password = 'hungry and patient';
  const session = await call<Session>('mutation', 'auth.register', {
    email,
    password,
    name,
    role: 'customer',
  });
  await call(
    'mutation',
    'users.addresses.add',
    { label: 'Home', ...HOME, ...to, isDefault: true },
    session.accessToken,
  );
  return { name, email, password, token: session.accessToken };
}

/** A new customer orders two plates and pays with 4242 on the sandbox's Checkout page. */
export async function placePaidOrder(
  kitchen: PayableKitchen,
  to: Point = CUSTOMER,
): Promise<PaidOrder> {
  const customer = await registerCustomer(to);
  const { name: customerName, email: customerEmail, password: customerPassword } = customer;
  const placed = await call<{ orderId: string; checkoutUrl: string | null }>(
    'mutation',
    'orders.place',
    {
      chefId: kitchen.chefId,
      items: [{ menuItemId: kitchen.dishId, quantity: 2, notes: 'Extra pickles, please' }],
      deliveryAddress: { ...HOME, ...to },
      tipCents: 300,
      idempotencyKey: `e2e-${randomUUID()}`,
    },
    customer.token,
  );
  if (!placed.checkoutUrl) throw new Error('no checkout page for the order');
  const page = await fetch(placed.checkoutUrl);
  const paid = await submitForm(formAction(await page.text(), placed.checkoutUrl), {
    email: 'casey@example.com',
    card_number: '4242424242424242',
    name: customerName,
  });
  if (paid.status >= 400) throw new Error(`the checkout page answered ${paid.status}`);
  const shortCode = placed.orderId.replaceAll('-', '').slice(0, 6).toUpperCase();
  return { orderId: placed.orderId, shortCode, customerName, customerEmail, customerPassword };
}

export interface OnShiftDriver {
  email: string;
  password: string;
  driverId: string;
}

/** An approved driver on a bicycle whose payouts are ready: free to go online. */
export async function createApprovedDriver(name = 'Dev Okafor'): Promise<OnShiftDriver> {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error('needs the test database (E2E_DATABASE_URL)');
  const email = uniqueEmail('driver');
  const password = 'keeps the wheels turning';
  const driver = await call<Session>('mutation', 'auth.register', {
    email,
    password,
    name,
    role: 'driver',
  });
  // A real sandbox account, so payouts find it.
  const stripe = new Stripe(SANDBOX.key, {
    host: SANDBOX.host,
    port: SANDBOX.port,
    protocol: 'http',
  });
  const account = await connectedAccount(stripe);
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ id: string }[]>`
      insert into drivers (user_id, vehicle_type, verification_status, approved_at,
        stripe_account_id, stripe_payouts_enabled)
      values (${driver.user.id}, 'bicycle', 'approved', now(), ${account.id}, true)
      returning id`;
    if (!row) throw new Error('the driver was not created');
    return { email, password, driverId: row.id };
  } finally {
    await sql.end();
  }
}

/**
 * A new approved driver, with the order assigned to them straight in the database
 * (dispatch and driver onboarding are covered elsewhere); `inTransit`: already picked up and
 * on the way to the door. Needs E2E_DATABASE_URL.
 */
export async function assignToNewDriver(
  orderId: string,
  { inTransit = false } = {},
): Promise<OnShiftDriver> {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error('needs the test database (E2E_DATABASE_URL)');
  const driver = await createApprovedDriver();
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    // The webhook confirms the payment a moment after the page is paid.
    for (let i = 0; i < 100; i++) {
      const [order] = await sql<
        { status: string }[]
      >`select status from orders where id = ${orderId}`;
      if (order?.status === 'payment_confirmed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const status = inTransit ? 'in_transit' : 'assigned_to_driver';
    await sql`update orders set status = ${status}, driver_id = ${driver.driverId}
      where id = ${orderId}`;
    await sql`insert into driver_assignments (order_id, driver_id, arrived_at, picked_up_at)
      values (${orderId}, ${driver.driverId}, ${inTransit ? new Date() : null},
        ${inTransit ? new Date() : null})`;
    return driver;
  } finally {
    await sql.end();
  }
}
