import { expect, test } from '@playwright/test';
import { signUpAt, uniqueEmail } from './helpers.ts';

// Customer project: the saved-address form finds addresses as the customer types, against
// the real API and its built-in demo-city geocoder.
test.describe.configure({ timeout: 60_000 });

for (const [name, viewport] of [
  ['390 px', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
] as const) {
  test.describe(name, () => {
    test.use({ viewport });

    test('a customer types part of a street, picks a suggestion and saves it', async ({
      page,
      context,
    }) => {
      await signUpAt(page, '/account', {
        name: 'Rosa Parks',
        email: uniqueEmail('rosa'),
        password: 'montgomery bus',
      });
      await page.getByRole('button', { name: 'Add address' }).click();
      const form = page.getByRole('form', { name: 'Add a delivery address' });
      const street = form.getByRole('combobox', { name: /^Street address/ });
      const options = form.getByRole('option');

      // Nothing the map knows: said so, and what was typed stays.
      await street.pressSequentially('zzyzx', { delay: 30 });
      await expect(form.getByTestId('combobox-status')).toHaveText(/^No matching addresses/);
      await expect(street).toHaveValue('zzyzx');
      // Escape closes the list, then (with no list) the dialog; what was typed stays meanwhile.
      await street.press('Escape');
      await expect(form.getByTestId('combobox-status')).toBeHidden();
      await expect(street).toHaveValue('zzyzx');
      await expect(form).toBeVisible();

      // Part of a street, in the wrong case, with a typo: the street, to be numbered.
      await street.fill('');
      await street.pressSequentially('MACARTHR', { delay: 30 });
      await expect(street).toHaveAttribute('aria-expanded', 'true');
      await expect(options.first()).toHaveAccessibleName('MacArthur Blvd, Dimond, Oakland 94602');
      // The keyboard alone: down to the suggestion, Enter to choose it.
      await street.press('ArrowDown');
      await expect(street).toHaveAttribute('aria-activedescendant', /.+/);
      await street.press('Enter');
      await expect(street).toHaveValue(' MacArthur Blvd');
      await expect(form.getByText('Type the house number before MacArthur Blvd.')).toBeVisible();
      await expect(form.getByTestId('address-pin')).toContainText('Not on the map yet');
      // The cursor waits in front of the street for the number.
      await page.keyboard.type('4150');
      await expect(street).toHaveValue('4150 MacArthur Blvd');
      await expect(options.first()).toHaveAccessibleName(
        '4150 MacArthur Blvd, Dimond, Oakland 94602',
      );
      await options.first().click();
      await expect(street).toHaveValue('4150 MacArthur Blvd');
      await expect(form.getByLabel(/^City/)).toHaveValue('Oakland');
      await expect(form.getByLabel(/^Postal code/)).toHaveValue('94602');
      await expect(form.getByTestId('address-pin')).toContainText('Pinned at 37.80');

      // Typing again takes the pin away until another choice: no address without its place.
      await street.press('End');
      await street.press('Backspace');
      await expect(form.getByTestId('address-pin')).toContainText('Not on the map yet');
      await expect(street).toHaveAttribute('aria-expanded', 'true');
      await street.fill('');
      await street.pressSequentially('4100 telegr', { delay: 30 });
      await options.filter({ hasText: 'Temescal' }).first().click();
      await expect(street).toHaveValue('4100 Telegraph Ave');
      await expect(form.getByLabel(/^Postal code/)).toHaveValue('94609');

      // "Use my location" fills the address where the device is, through reverse geocoding.
      await context.grantPermissions(['geolocation']);
      await context.setGeolocation({ latitude: 37.825659, longitude: -122.262935 });
      await form.getByRole('button', { name: 'Use my location' }).click();
      await expect(street).toHaveValue('4101 Telegraph Ave');
      await expect(form.getByTestId('address-pin')).toContainText('Pinned at 37.8256');

      // The rest is the customer's to add; saving keeps the interpolated street address.
      await form.getByLabel(/^Apartment/).fill('Apt 2B');
      await form.getByLabel(/^Instructions/).fill('Ring twice, please.');
      await form.getByRole('button', { name: 'Save address' }).click();
      await expect(form).toBeHidden();
      const row = page.getByTestId('address-row');
      await expect(row).toHaveCount(1);
      await expect(row).toContainText('4101 Telegraph Ave');
      await expect(row).toContainText('Apt 2B, Oakland 94609');
      await expect(row).toContainText('Ring twice, please.');
      await page.reload();
      await expect(row).toContainText('4101 Telegraph Ave');
    });
  });
}
