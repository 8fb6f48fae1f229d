// The density view: a heat layer (Leaflet.heat) of the events the map holds for the window, an overlay of the layer
// control. It follows the events layer: points weigh one event each, a server-side cluster weighs its event count.

const HEAT_OPTIONS = { radius: 22, blur: 18, maxZoom: 11, minOpacity: 0.25, max: 3 };

function heatPoints(layer) {
    const points = [];
    if (!layer || !layer.mdMarkers) return points;
    for (const marker of layer.mdMarkers.values()) {
        const at = marker.getLatLng();
        points.push([at.lat, at.lng, marker.mdCount > 1 ? marker.mdCount : 1]);
    }
    return points;
}

// Adds the "Event density" overlay to the layer control; it draws the named marker layer's events while it is on.
export function addHeatLayer(h, source, label) {
    if (!L.heatLayer) return;
    const heat = L.heatLayer([], HEAT_OPTIONS);
    const refresh = () => {
        const points = heatPoints(h.layers.get(source));
        heat.setLatLngs(points);
        h.element.dataset.heatPoints = String(points.reduce((n, p) => n + p[2], 0));
    };
    heat.on('add', () => {
        refresh();
        h.element.dataset.heat = 'on';
    });
    heat.on('remove', () => {
        delete h.element.dataset.heat;
        delete h.element.dataset.heatPoints;
    });
    const previous = h.onMarkersChanged;
    h.onMarkersChanged = (name, layer) => {
        if (previous) previous(name, layer);
        if (name === source && h.map.hasLayer(heat)) refresh();
    };
    h.layerControl.addOverlay(heat, label);
}
