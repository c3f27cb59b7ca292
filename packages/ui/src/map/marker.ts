/**
 * Map markers drawn as small HTML badges (Leaflet `divIcon`), not images: they show with no
 * tile server, and their shape and letter carry their meaning as well as their colour.
 */
export interface MapPoint {
  lat: number;
  lng: number;
}

export const MARKER_SHAPES = ['circle', 'ring', 'square', 'diamond'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

export interface MapMarker extends MapPoint {
  /** Stable across updates: a marker with the same id moves instead of being drawn again. */
  id: string;
  /** Tooltip text. */
  label: string;
  shape: MarkerShape;
  /** A CSS colour for the shape (and the letter of a ring). */
  color: string;
  /** At most two characters drawn inside. */
  glyph?: string;
}

export const MARKER_SIZE_PX = 24;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The marker's badge as HTML with inline styles (it is not under the app's stylesheet). */
export function markerHtml({ shape, color, glyph = '' }: MapMarker): string {
  const size = shape === 'diamond' ? MARKER_SIZE_PX - 6 : MARKER_SIZE_PX;
  const ring = shape === 'ring';
  const box = [
    `width:${size}px`,
    `height:${size}px`,
    `margin:${(MARKER_SIZE_PX - size) / 2}px`,
    'box-sizing:border-box',
    'display:flex',
    'align-items:center',
    'justify-content:center',
    `border:${ring ? 4 : 2}px solid ${ring ? color : '#ffffff'}`,
    `background:${ring ? '#ffffff' : color}`,
    `color:${ring ? color : '#ffffff'}`,
    `border-radius:${shape === 'circle' || ring ? '9999px' : '4px'}`,
    shape === 'diamond' ? 'transform:rotate(45deg)' : '',
    'box-shadow:0 1px 3px rgba(0,0,0,.45)',
    'font:700 11px/1 system-ui,sans-serif',
  ]
    .filter(Boolean)
    .join(';');
  const text = escapeHtml(glyph.slice(0, 2));
  const inner =
    shape === 'diamond' ? `<span style="transform:rotate(-45deg)">${text}</span>` : text;
  return `<div style="${box}">${inner}</div>`;
}
