/** The demo city's map, for the built-in geocoder: neighbourhoods, streets, house positions. */
export { NEIGHBOURHOODS, STREETS, type Neighbourhood, type NeighbourhoodName } from './city.ts';
export * from './streets.ts';
