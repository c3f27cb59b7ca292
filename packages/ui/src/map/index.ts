/** `@homechef/ui/map`: apart from the index, so only pages with a map load Leaflet and its CSS. */
export { PointsMap, type PointsMapProps } from './points-map.tsx';
export {
  escapeHtml,
  MARKER_SHAPES,
  markerHtml,
  type MapMarker,
  type MapPoint,
  type MarkerShape,
} from './marker.ts';
