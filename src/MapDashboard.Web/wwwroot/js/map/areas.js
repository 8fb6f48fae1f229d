// GeoJSON overlays of the map (the control areas): styled per feature, clickable, with an opacity kept across redraws.

import { buildPopup } from './popups.js';

function opacityOf(h, name, fallback) {
    return h.opacities && h.opacities.has(name) ? h.opacities.get(name) : fallback;
}

export function setGeoJsonLayer(h, name, geojson, style, popupProperty) {
    h.removeLayer(name);
    const layer = L.geoJSON(geojson, {
        pane: 'overlay-areas',
        style: f => ({
            className: 'md-layer-' + name,
            color: (f.properties && f.properties.colour) || style.color,
            weight: style.weight,
            opacity: style.opacity,
            fillColor: (f.properties && f.properties.colour) || style.fillColor,
            fillOpacity: opacityOf(h, name, style.fillOpacity),
            dashArray: style.dashArray
        }),
        onEachFeature: (feature, l) => {
            l.on('click', e => {
                L.DomEvent.stopPropagation(e);
                if (popupProperty && feature.properties && feature.properties[popupProperty] != null) {
                    L.popup().setLatLng(e.latlng).setContent(buildPopup({ title: feature.properties[popupProperty] })).openOn(h.map);
                }
                h.notify('OnFeatureClicked', name, JSON.stringify(feature.properties || {}));
            });
        }
    }).addTo(h.map);
    h.layers.set(name, layer);
    return layer.getLayers().length;
}

export function setLayerOpacity(h, name, fillOpacity) {
    h.opacities = h.opacities || new Map();
    h.opacities.set(name, fillOpacity);
    const layer = h.layers.get(name);
    if (layer && layer.mdSetOpacity) layer.mdSetOpacity(fillOpacity);
    else if (layer && layer.setStyle) layer.setStyle({ fillOpacity });
}
