// The "changed hands" rings: circles drawn by one shared SVG renderer in the pane beneath every marker and cluster (so
// they never take a click meant for an event), kept by id between slider steps: each update adds and removes only what
// changed. Each ring is a path with the class md-change-ring (the tests' hook) and its own tooltip.

import { el } from './popups.js';

// Drawn as the former ring marker looked: a 34 px box whose 20-unit circle of radius 7 gave a 12 px ring, 2.4 px wide.
const RING = { radius: 12, color: '#ffb300', weight: 2.4, opacity: 1, fill: true, fillOpacity: 0, bubblingMouseEvents: false };

// One renderer for every ring; its SVG spans the view, so the pane takes no pointer events and only the rings' paths do
// (Leaflet gives interactive paths pointer-events: auto).
function ringRenderer(h) {
    if (!h.ringRenderer) {
        h.map.getPane('md-beneath-markers').style.pointerEvents = 'none';
        h.ringRenderer = L.svg({ pane: 'md-beneath-markers', padding: 0.3 });
    }
    return h.ringRenderer;
}

// added: [{id, lat, lon, title}], drawn (a ring already kept under that id is replaced); removedIds: ids to take away;
// reset: start the layer afresh. Returns the number of rings the layer holds, or -1 without a layer to update (no reset).
export function updateRings(h, name, added, removedIds, reset) {
    const drawStart = performance.now();
    let layer = h.layers.get(name);
    if (!reset && !(layer && layer.mdRingsById)) return -1;
    if (reset) {
        h.removeLayer(name);
        layer = L.featureGroup().addTo(h.map);
        layer.mdRingsById = new Map();
        h.layers.set(name, layer);
    }
    const rings = layer.mdRingsById;
    for (const id of removedIds) {
        const ring = rings.get(id);
        if (ring) {
            layer.removeLayer(ring);
            rings.delete(id);
        }
    }
    const renderer = ringRenderer(h);
    for (const r of added) {
        const existing = rings.get(r.id);
        if (existing) layer.removeLayer(existing);
        const ring = L.circleMarker([r.lat, r.lon], Object.assign({ renderer, pane: 'md-beneath-markers', className: 'md-change-ring md-change-ring-' + name }, RING));
        if (r.title) ring.bindTooltip(el('span', null, r.title));
        ring.mdId = r.id;
        rings.set(r.id, ring);
        layer.addLayer(ring);
    }
    if (h.benchmarkMarks) {
        // The same marks as a marker layer's (markers.js): the slider benchmark reads them per layer name.
        performance.measure('md-markers-draw-' + name, { start: drawStart });
        performance.mark('md-markers-' + name);
        if (performance.getEntriesByName('md-slider-input', 'mark').length) {
            performance.measure('md-slider-to-markers-' + name, 'md-slider-input', 'md-markers-' + name);
        }
    }
    h.element.dataset['markers' + name.charAt(0).toUpperCase() + name.slice(1)] = String(rings.size);
    if (h.onMarkersChanged) h.onMarkersChanged(name, layer);
    return rings.size;
}
