import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// WCAG 2.x contrast: text needs at least 4.5:1 against its background (AA, normal size).
const styles = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');

const channels = (hex: string) =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `--hc-accent…` values of one role's block in styles.css. */
function accentsOf(role: string): Record<string, string> {
  const block = new RegExp(`\\[data-role='${role}'\\]\\s*\\{([^}]*)\\}`).exec(styles)?.[1] ?? '';
  const entries = [...block.matchAll(/--hc-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map(
    (m): [string, string] => [m[1] ?? '', m[2] ?? ''],
  );
  return Object.fromEntries(entries);
}

const STONE_50 = '#fafaf9';
const WHITE = '#ffffff';

describe('colour contrast of the theme (WCAG AA)', () => {
  it('knows the ratios it checks', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    // The brand orange as it was: 4.3:1 on white, too low for text.
    expect(contrast('#dc4418', WHITE)).toBeLessThan(4.5);
  });

  for (const role of ['customer', 'chef', 'driver', 'admin']) {
    it(`${role}: accent text, buttons and links reach 4.5:1`, () => {
      const accent = accentsOf(role);
      expect(Object.keys(accent)).toEqual(
        expect.arrayContaining(['accent', 'accent-hover', 'accent-soft', 'accent-ink']),
      );
      for (const background of [WHITE, STONE_50, accent['accent-soft']!]) {
        expect(contrast(accent.accent!, background)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(accent['accent-ink']!, background)).toBeGreaterThanOrEqual(4.5);
      }
      for (const button of [accent.accent!, accent['accent-hover']!]) {
        expect(contrast(accent['accent-contrast']!, button)).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('no component writes text in stone-300 or stone-400 (2.6:1 and less on white)', () => {
    const roots = ['packages/ui/src', 'packages/app-kit/src', 'apps'];
    const repo = path.resolve(import.meta.dirname, '../../..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (
          /\.tsx?$/.test(entry.name) &&
          /text-stone-[34]00\b/.test(readFileSync(file, 'utf8'))
        ) {
          offenders.push(path.relative(repo, file));
        }
      }
    };
    for (const root of roots) walk(path.join(repo, root));
    expect(offenders).toEqual([]);
  });
});
