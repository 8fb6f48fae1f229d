// The control layer: areas per side (fill opacity falling with the age of their evidence), contested areas hatched,
// shared areas dashed, front lines, and point symbols (military sites, contested places, places with a history).
// Drawn for speed on a slider step: the layer is fetched by URL (not sent through the circuit), a URL already drawn is
// not drawn again, areas and front lines that did not change are kept as they are, and the point symbols (thousands
// across the country) are painted on one canvas rather than as thousands of DOM nodes; their clicks are found by
// distance. Approximate places (precision 2) stay SVG rings.

import { openControlPopup } from './control-popups.js';

const SVG = 'http://www.w3.org/2000/svg';
const POINT_HIT_PX = 8;

// The hatch pattern of contested areas, added once to the page (a static pattern, no data in it).
function ensureHatch() {
    if (document.getElementById('md-control-hatch')) return;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', '0');
    svg.setAttribute('height', '0');
    svg.setAttribute('aria-hidden', 'true');
    svg.style.position = 'absolute';
    const defs = document.createElementNS(SVG, 'defs');
    const pattern = document.createElementNS(SVG, 'pattern');
    pattern.id = 'md-control-hatch';
    for (const [k, v] of [['patternUnits', 'userSpaceOnUse'], ['width', '8'], ['height', '8'], ['patternTransform', 'rotate(45)']]) pattern.setAttribute(k, v);
    const line = document.createElementNS(SVG, 'line');
    for (const [k, v] of [['x1', '0'], ['y1', '0'], ['x2', '0'], ['y2', '8'], ['stroke', '#424242'], ['stroke-width', '3']]) line.setAttribute(k, v);
    pattern.appendChild(line);
    defs.appendChild(pattern);
    svg.appendChild(defs);
    document.body.appendChild(svg);
}

function areaStyle(p, fillOpacity) {
    const style = {
        pane: 'overlay-areas',
        className: 'md-layer-control md-control-' + p.category,
        color: p.colour,
        weight: 1,
        opacity: 0.8,
        fillColor: p.colour,
        fillOpacity: fillOpacity * (p.ageOpacity ?? 1)
    };
    if (p.category === 'shared') { style.dashArray = '6 4'; style.weight = 2; }
    if (p.category === 'contested') { style.fillColor = 'url(#md-control-hatch)'; style.fillOpacity = Math.max(0.35, fillOpacity); }
    return style;
}

const FRONT_STYLE = { pane: 'overlay-areas', className: 'md-control-front', color: '#111111', weight: 2.5, opacity: 0.9, dashArray: '8 4' };

// The canvas the point symbols are painted on: its own pane above the areas and below the event markers, taking no
// pointer events (a canvas would swallow the clicks meant for the areas beneath it).
function pointRenderer(h) {
    if (!h.controlCanvas) {
        const pane = h.map.createPane('control-points');
        pane.style.zIndex = 420;
        pane.style.pointerEvents = 'none';
        h.controlCanvas = L.canvas({ pane: 'control-points', padding: 0.3 });
    }
    return h.controlCanvas;
}

// A military site's diamond on the canvas (Leaflet 1.9's canvas renderer draws circles only; this draws the same way).
const Diamond = L.CircleMarker.extend({
    _updatePath() {
        const renderer = this._renderer;
        if (!renderer._drawing || this._empty()) return;
        const p = this._point, r = this._radius, ctx = renderer._ctx;
        ctx.beginPath();
        ctx.moveTo(p.x, p.y - r);
        ctx.lineTo(p.x + r, p.y);
        ctx.lineTo(p.x, p.y + r);
        ctx.lineTo(p.x - r, p.y);
        ctx.closePath();
        renderer._fillStroke(ctx, this);
    }
});

// A place only known to be "near" its anchor (precision 2): a small dashed marker at the anchor's point inside a dashed,
// lightly filled ring to scale, so nobody reads it as an exact place; it seeds no area.
function approximatePlace(p, latlng) {
    const colour = p.colour || '#9e9e9e';
    const ring = L.circle(latlng, {
        pane: 'markerPane', className: 'md-control-approximate-ring', radius: p.ringMetres || 10000,
        color: colour, weight: 1.5, opacity: 0.9, dashArray: '6 5', fillColor: colour, fillOpacity: 0.08
    });
    const marker = L.circleMarker(latlng, {
        pane: 'markerPane', className: 'md-control-place md-control-approximate', radius: 3.5, weight: 1.5, color: '#212121',
        dashArray: '2 2', fillColor: colour, fillOpacity: 0.45
    });
    return L.featureGroup([ring, marker]);
}

function pointSymbol(h, p, latlng) {
    const renderer = pointRenderer(h);
    if (p.kind !== 'settlement') {
        return new Diamond(latlng, {
            renderer, interactive: false, radius: 6, weight: 1, color: '#212121', fillColor: p.colour || '#9e9e9e',
            fillOpacity: 0.4 + 0.6 * (p.ageOpacity ?? 1)
        });
    }
    return L.circleMarker(latlng, {
        renderer, interactive: false, radius: 4, weight: 1.5, color: '#212121',
        dashArray: p.category === 'contested' ? [2, 2] : null, fillColor: p.colour, fillOpacity: 0.9
    });
}

// The canvas symbol nearest to a clicked point, within a few pixels, or null.
function pointAt(group, map, containerPoint) {
    let best = null, bestDistance = POINT_HIT_PX * POINT_HIT_PX;
    for (const symbol of group.mdPoints) {
        const at = map.latLngToContainerPoint(symbol.getLatLng());
        const dx = at.x - containerPoint.x, dy = at.y - containerPoint.y, distance = dx * dx + dy * dy;
        if (distance <= bestDistance) { best = symbol; bestDistance = distance; }
    }
    return best;
}

function clicked(h, name, group, feature, e) {
    L.DomEvent.stopPropagation(e);
    const symbol = pointAt(group, h.map, e.containerPoint);
    openControlPopup(h, name, symbol ? symbol.feature : feature, symbol ? symbol.getLatLng() : e.latlng, group.mdDate);
}

// What identifies an area or a front line as drawn: a step that leaves it alike keeps its SVG path.
function drawnKey(f) {
    const p = f.properties;
    return `${p.layer}|${p.category ?? ''}|${p.side ?? ''}|${p.colour ?? ''}|${p.band ?? ''}|${p.ageOpacity ?? ''}|${JSON.stringify(f.geometry.coordinates)}`;
}

function ensureGroup(h, name) {
    let group = h.layers.get(name);
    if (group && group.mdControl) return group;
    if (group) h.removeLayer(name);
    group = L.featureGroup().addTo(h.map);
    group.mdControl = true;
    group.mdShapes = new Map();
    group.mdPoints = [];
    group.mdPointLayer = L.layerGroup().addTo(group);
    // The analyst's opacity slider scales each area's own (age) opacity rather than flattening it.
    group.mdSetOpacity = value => {
        for (const shape of group.mdShapes.values()) {
            if (shape.feature.properties.layer === 'area') shape.setStyle(areaStyle(shape.feature.properties, value));
        }
    };
    h.layers.set(name, group);
    // Symbols outside every area (a base in the desert) are found from the map's own click.
    if (!h.controlMapClick) {
        h.controlMapClick = true;
        h.map.on('click', e => {
            const current = h.layers.get(name);
            const symbol = current && current.mdPoints ? pointAt(current, h.map, e.containerPoint) : null;
            if (symbol) openControlPopup(h, name, symbol.feature, symbol.getLatLng(), current.mdDate);
        });
    }
    return group;
}

// The point symbols as features: the API's layer has them among its features (layer "place"); the map's layer as one
// compact table, "points": {rows: [[lon, lat, style, placeId, name]], styles: [{kind, category, side, colour, ageOpacity,
// approximate?, ringMetres?}]}, each row read back into the feature it stands for (the same properties).
function* placeFeatures(geojson) {
    for (const f of geojson.features) {
        if (f.properties.layer === 'place') yield f;
    }
    const table = geojson.points;
    if (!table || !Array.isArray(table.rows)) return;
    for (const [lon, lat, style, placeId, name] of table.rows) {
        const properties = Object.assign({ layer: 'place' }, table.styles[style], { placeId, name });
        yield { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lon, lat] } };
    }
}

function drawControl(h, name, geojson, fillOpacity) {
    ensureHatch();
    h.opacities = h.opacities || new Map();
    if (!h.opacities.has(name)) h.opacities.set(name, fillOpacity);
    const group = ensureGroup(h, name);
    group.mdDate = geojson.date; // a place's popup fetches its history up to this date
    const kept = new Map();
    let areas = 0;
    for (const f of geojson.features) {
        const p = f.properties;
        if (p.layer === 'area') areas += 1;
        if (p.layer !== 'area' && p.layer !== 'front') continue;
        const key = drawnKey(f);
        let shape = group.mdShapes.get(key);
        if (shape) {
            group.mdShapes.delete(key);
            shape.feature = f; // its popup tells the newest counts and ages
        } else {
            const style = p.layer === 'front' ? FRONT_STYLE : areaStyle(p, h.opacities.get(name));
            shape = L.GeoJSON.geometryToLayer(f, style);
            shape.feature = f;
            shape.setStyle(style);
            shape.on('click', e => clicked(h, name, group, shape.feature, e));
            group.addLayer(shape);
        }
        kept.set(key, shape);
    }
    for (const gone of group.mdShapes.values()) group.removeLayer(gone);
    group.mdShapes = kept;
    // The symbols change with every step (their ages, labels and histories): painted again, which on a canvas is cheap.
    group.mdPointLayer.clearLayers();
    group.mdPoints = [];
    for (const f of placeFeatures(geojson)) {
        const p = f.properties;
        const latlng = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
        if (p.approximate) {
            const place = approximatePlace(p, latlng);
            place.on('click', e => clicked(h, name, group, f, e));
            group.mdPointLayer.addLayer(place);
            continue;
        }
        const symbol = pointSymbol(h, p, latlng);
        symbol.feature = f;
        group.mdPoints.push(symbol);
        group.mdPointLayer.addLayer(symbol);
    }
    return areas;
}

// With benchmark marks on: the server's build time and size of the layer, the time from the event markers to the
// call's arrival here, the fetch, and the drawing (md-control-*).
function markReceived(h, stats) {
    if (!h.benchmarkMarks) return;
    performance.mark('md-control-received');
    window.__mdControlStats = { buildMs: stats ? stats.buildMs : null, bytes: stats ? stats.bytes : null };
    if (performance.getEntriesByName('md-markers-events', 'mark').length) performance.measure('md-control-events-to-received', 'md-markers-events', 'md-control-received');
}

function markFetched(h) {
    if (!h.benchmarkMarks) return;
    performance.mark('md-control-fetched');
    performance.measure('md-control-fetch', 'md-control-received', 'md-control-fetched');
}

function markDrawn(h) {
    if (!h.benchmarkMarks) return;
    performance.mark('md-control-drawn');
    const from = performance.getEntriesByName('md-control-fetched', 'mark').length ? 'md-control-fetched' : 'md-control-received';
    performance.measure('md-control-draw', from, 'md-control-drawn');
}

// Draws the layer and remembers what it was drawn from (a URL, or null for a document given directly).
function drawAndKeep(h, name, geojson, fillOpacity, url) {
    const areas = drawControl(h, name, geojson, fillOpacity);
    const group = h.layers.get(name);
    group.mdUrl = url;
    group.mdAreas = areas;
    markDrawn(h);
    return areas;
}

export function setControlLayer(h, name, geojson, fillOpacity, stats) {
    markReceived(h, stats);
    h.controlSequence = (h.controlSequence || 0) + 1;
    return drawAndKeep(h, name, geojson, fillOpacity, null);
}

// Draws the layer at a URL of this app; a URL already drawn is kept. Returns the number of areas, or -1 when a newer
// call began while this one was fetching (the newer one draws).
export async function setControlLayerFromUrl(h, name, url, fillOpacity, stats) {
    markReceived(h, stats);
    const current = h.layers.get(name);
    if (current && current.mdControl && current.mdUrl === url) {
        markDrawn(h);
        return current.mdAreas;
    }
    const sequence = h.controlSequence = (h.controlSequence || 0) + 1;
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`The control layer ${url} answered HTTP ${response.status}.`);
    const geojson = await response.json();
    if (sequence !== h.controlSequence) return -1;
    markFetched(h);
    return drawAndKeep(h, name, geojson, fillOpacity, url);
}
