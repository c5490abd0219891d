// A Leaflet layer group that lives on the map exactly as long as the component that owns it.
import { useEffect, useMemo } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet';

export function useMapLayerGroup(): L.LayerGroup {
  const map = useMap();
  const group = useMemo(() => L.layerGroup(), []);
  useEffect(() => {
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, group]);
  return group;
}
