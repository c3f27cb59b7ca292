import { describe, expect, it } from 'vitest';
import { escapeHtml, markerHtml, MARKER_SHAPES, type MapMarker } from './marker.ts';

const marker = (over: Partial<MapMarker> = {}): MapMarker => ({
  id: 'm',
  lat: 0,
  lng: 0,
  label: 'm',
  shape: 'circle',
  color: '#047857',
  ...over,
});

describe('map markers', () => {
  it('draws every shape differently, so colour is never the only difference', () => {
    const drawn = MARKER_SHAPES.map((shape) => markerHtml(marker({ shape })));
    expect(new Set(drawn).size).toBe(MARKER_SHAPES.length);
    expect(markerHtml(marker({ shape: 'diamond' }))).toContain('rotate(45deg)');
    expect(markerHtml(marker({ shape: 'ring' }))).toContain('background:#ffffff');
  });

  it('escapes the letter drawn inside and keeps at most two characters', () => {
    expect(escapeHtml(`<b a="x">&'`)).toBe('&lt;b a=&quot;x&quot;&gt;&amp;&#39;');
    expect(markerHtml(marker({ glyph: '<img>' }))).toContain('>&lt;i<');
    expect(markerHtml(marker({ glyph: '12' }))).toContain('>12<');
  });
});
