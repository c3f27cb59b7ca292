/**
 * A kitchen customers can order from and pay, made for one spec: listed, open round the clock
 * (so the spec passes at any hour), near Downtown Oakland, with a Stripe account that finished
 * onboarding on the API's sandbox, and dishes with option groups.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import Stripe from 'stripe';
import { DEFAULT_SECRET_KEY } from '@homechef/stripe-sandbox';
import { connectedAccount } from '@homechef/stripe-sandbox/testing';
import { expect, type Page } from '@playwright/test';

/** Where the customer browses from: the kitchen below is a few hundred metres away. */
export const DOWNTOWN = { lat: 37.8044, lng: -122.2712, label: 'Downtown Oakland' };

export interface TestKitchen {
  id: string;
  name: string;
  /** The chef's sign-in, for the kitchen's order board. */
  email: string;
  password: string;
  /** The kitchen page as a customer near it opens it. */
  path: string;
}

/** The sandbox the e2e API server runs in-process (STRIPE_SANDBOX_PORT's default). */
function sandboxStripe(): Stripe {
  return new Stripe(DEFAULT_SECRET_KEY, {
    host: '127.0.0.1',
    port: 12111,
    protocol: 'http',
    telemetry: false,
  });
}

export async function createPayableKitchen(databaseUrl: string): Promise<TestKitchen> {
  const suffix = randomBytes(3).toString('hex');
  const name = `Marisol’s Test Kitchen ${suffix}`;
  const account = await connectedAccount(sandboxStripe(), { e2e: 'customer-ordering' });
  expect(account.charges_enabled, 'the sandbox account can take charges').toBe(true);
  const chef = await registerUser('Marisol Test', 'chef');

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const id = await sql.begin(async (tx) => {
      const [kitchen] = await tx<{ id: string }[]>`
        insert into chefs (user_id, business_name, bio, cuisines, kitchen_line1, kitchen_city,
          kitchen_postal_code, lat, lng, delivery_radius_m, timezone, lead_time_minutes,
          verification_status, submitted_at, approved_at, stripe_account_id,
          stripe_charges_enabled, stripe_payouts_enabled, stripe_details_submitted,
          permit_type, permit_number, permit_expires_on)
        values (${chef.userId}, ${name}, 'Made for the ordering tests.', ${['mexican']},
          '1500 Broadway', 'Oakland', '94612', 37.8061, -122.2690, 8000, 'America/Los_Angeles',
          20, 'approved', now(), now(), ${account.id}, true, true, true,
          'MEHKO', ${`MEHKO-E2E-${suffix}`}, (now() + interval '1 year')::date)
        returning id`;
      const chefId = kitchen!.id;
      // Two windows a day that meet at noon and midnight: open at every hour of the week.
      for (let weekday = 0; weekday < 7; weekday++) {
        await tx`insert into chef_opening_hours (chef_id, weekday, opens_at, closes_at)
          values (${chefId}, ${weekday}, '00:00', '12:00'), (${chefId}, ${weekday}, '12:00', '00:00')`;
      }
      const [menu] = await tx<{ id: string }[]>`
        insert into menus (chef_id, name) values (${chefId}, 'Everyday') returning id`;
      await dish(tx, chefId, menu!.id, 0, 'Tamales', 1200, [
        [
          'Salsa',
          1,
          1,
          [
            ['Verde', 0],
            ['Roja', 50],
          ],
        ],
        [
          'Add-ons',
          0,
          2,
          [
            ['Crema', 100],
            ['Queso', 150],
            ['Guacamole', 200],
          ],
        ],
      ]);
      await dish(tx, chefId, menu!.id, 1, 'Pozole', 1400, [
        [
          'Size',
          1,
          1,
          [
            ['Regular', 0],
            ['Large', 300],
          ],
        ],
      ]);
      return chefId;
    });
    const place = new URLSearchParams({
      lat: String(DOWNTOWN.lat),
      lng: String(DOWNTOWN.lng),
      place: DOWNTOWN.label,
    });
    return {
      id,
      name,
      email: chef.email,
      password: chef.password,
      path: `/kitchens/${id}?${place.toString()}`,
    };
  } finally {
    await sql.end();
  }
}

type Group = [name: string, min: number, max: number, options: [string, number][]];

async function dish(
  tx: postgres.TransactionSql,
  chefId: string,
  menuId: string,
  position: number,
  name: string,
  priceCents: number,
  groups: Group[],
) {
  const [item] = await tx<{ id: string }[]>`
    insert into menu_items (menu_id, chef_id, name, description, price_cents, position)
    values (${menuId}, ${chefId}, ${name}, ${`${name}, cooked for the tests.`}, ${priceCents},
      ${position})
    returning id`;
  for (const [g, [groupName, min, max, options]] of groups.entries()) {
    const [group] = await tx<{ id: string }[]>`
      insert into item_option_groups (item_id, name, min_choices, max_choices, position)
      values (${item!.id}, ${groupName}, ${min}, ${max}, ${g}) returning id`;
    for (const [o, [optionName, delta]] of options.entries()) {
      await tx`insert into item_options (group_id, name, price_delta_cents, position)
        values (${group!.id}, ${optionName}, ${delta}, ${o})`;
    }
  }
}

/** A new account, made through the API (the sign-up form has its own tests). */
async function registerUser(
  name: string,
  role: 'customer' | 'chef',
): Promise<{ email: string; password: string; userId: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomBytes(4).toString('hex')}@example.com`;
  const password = 'home cooking every day';
  const api = process.env.API_URL ?? 'http://localhost:9001';
  const response = await fetch(`${api}/trpc/auth.register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { email, password, name, role } }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const body = (await response.json()) as { result: { data: { json: { user: { id: string } } } } };
  return { email, password, userId: body.result.data.json.user.id };
}

export const registerCustomer = (name: string) => registerUser(name, 'customer');

/** Pays on the sandbox's hosted page with `card`. */
export async function payOnSandbox(page: Page, card: string) {
  await expect(page).toHaveURL(/127\.0\.0\.1:12111\/pay\//);
  await page.getByLabel('Card number').fill(card);
  await page.getByLabel('Name on card').fill('Casey Customer');
  await page.getByRole('button', { name: 'Pay' }).click();
}
