// Writes each app's `src/app/favicon.ico` from its `src/app/icon.svg`, so the `/favicon.ico`
// that browsers and crawlers ask for exists. Renders with the system Chromium; the ICO holds
// PNG images at 16, 32 and 48 px. Run after changing an icon: `node tooling/scripts/favicons.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const APPS = ['customer', 'chef', 'driver', 'admin'];
const SIZES = [16, 32, 48];

/** An ICO container around PNG images (supported by every browser since Windows Vista's format). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const app of APPS) {
    const svg = readFileSync(`apps/${app}/src/app/icon.svg`, 'utf8');
    const images = [];
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
      );
      await page.locator('img').evaluate((img) => img.decode());
      images.push({ size, png: await page.screenshot({ omitBackground: true }) });
      await page.close();
    }
    writeFileSync(`apps/${app}/src/app/favicon.ico`, ico(images));
    console.log(`apps/${app}/src/app/favicon.ico`);
  }
} finally {
  await browser.close();
}
