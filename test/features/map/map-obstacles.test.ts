// @vitest-environment jsdom
// The markers the basemap names keep clear of: every layer's, or only those in (or near) the view.
import { expect, test } from 'vitest';
import * as L from 'leaflet';
import { createObstacles } from '../../../src/features/map/map-obstacles.ts';

test('all() gives every layer\'s markers, and with bounds only those whose point lies inside', () => {
  const o = createObstacles();
  o.set('events', [L.latLng(36.2, 37.16), L.latLng(49.99, 36.23)], 16);
  o.set('places', [L.latLng(34.73, 36.72), L.latLng(-33.9, 151.2)], 6);
  expect(o.all()).toHaveLength(4);
  const levant = L.latLngBounds([30, 30], [40, 45]);
  expect(o.all(levant).map((x) => [x.at.lat, x.extent.x1])).toEqual([
    [36.2, 16],
    [34.73, 6],
  ]);
  // Bounds past the antimeridian, as the map reports them at a world view: raw longitudes.
  expect(o.all(L.latLngBounds([-60, 140], [60, 400]))).toHaveLength(1);
});
