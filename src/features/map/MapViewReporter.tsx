// Reports where the map looks after each pan or zoom (for the shareable URL).
import { useMapEvents } from 'react-leaflet';

export function MapViewReporter({ onChange }: { onChange(v: { lat: number; lon: number; zoom: number }): void }) {
  const map = useMapEvents({
    moveend: () => {
      const c = map.getCenter();
      onChange({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
    },
  });
  return null;
}
