// The control layer: areas per side (fill opacity falling with the age of their evidence), contested areas hatched,
// shared areas dashed, front lines, and point symbols (military sites, contested places, places with a history).
// Popups list an area's places with the date, source and evidence of each, or a place's control history.
// Everything from data is built with DOM nodes and textContent (never innerHTML).

import { el } from './popups.js';

const SVG = 'http://www.w3.org/2000/svg';

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

const LOCAL_LINK = /^\/[A-Za-z0-9/_?=&.%-]*$/;

// A button that opens the analyst's correction form for a place (the page decides whether the analyst may write).
function correctButton(h, name, placeId, placeName, text) {
    const button = el('button', 'md-control-correct', text);
    button.type = 'button';
    button.dataset.placeId = placeId;
    button.title = `Set or correct who holds ${placeName} (needs write access)`;
    L.DomEvent.on(button, 'click', e => {
        L.DomEvent.stop(e);
        h.map.closePopup();
        h.notify('OnFeatureClicked', name, JSON.stringify({ layer: 'correct', placeId, name: placeName }));
    });
    return button;
}

// One line of evidence: text, date, source, and a link to the sentence or the snapshot's name.
function evidenceRow(item, correct) {
    const row = el('li', 'md-control-evidence');
    row.appendChild(el('strong', null, item.text));
    row.appendChild(document.createTextNode(` ${item.date}, ${item.source}`));
    if (typeof item.evidence === 'string' && item.evidence.startsWith('snapshot:')) {
        row.appendChild(document.createTextNode(` (snapshot ${item.evidence.slice(9)})`));
    } else if (typeof item.evidence === 'string' && LOCAL_LINK.test(item.evidence)) {
        row.appendChild(document.createTextNode(' '));
        const a = el('a', 'md-popup-link', 'sentence');
        a.href = item.evidence;
        row.appendChild(a);
    }
    if (correct && typeof item.placeId === 'string') {
        row.appendChild(document.createTextNode(' '));
        row.appendChild(correct(item.placeId, item.text, 'correct'));
    }
    return row;
}

function popupOf(p, correct) {
    const root = el('div', 'md-popup md-control-popup');
    root.appendChild(el('div', 'md-popup-title', p.label));
    if (p.layer === 'place' && typeof p.placeId === 'string') root.appendChild(correct(p.placeId, p.name, 'Correct control…'));
    const items = p.layer === 'area' ? p.places : p.layer === 'place' ? p.history : null;
    if (items && items.length) {
        if (p.layer === 'place') root.appendChild(el('div', 'md-popup-line', 'Control history:'));
        const list = el('ul', 'md-control-list');
        list.style.cssText = 'max-height:220px;overflow:auto;margin:4px 0;padding-left:16px';
        for (const item of items) list.appendChild(evidenceRow(item, p.layer === 'area' ? correct : null));
        root.appendChild(list);
        if (p.layer === 'area' && p.placeCount > items.length) {
            root.appendChild(el('div', 'md-popup-line', `and ${p.placeCount - items.length} more (oldest evidence last)`));
        }
    }
    return root;
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

function siteIcon(p) {
    const node = document.createElement('div');
    node.className = 'md-control-site';
    node.style.cssText = 'width:9px;height:9px;border:1px solid #212121;transform:rotate(45deg)';
    node.style.background = p.colour || '#9e9e9e';
    node.style.opacity = String(0.4 + 0.6 * (p.ageOpacity ?? 1));
    return L.divIcon({ html: node, className: 'md-control-site-icon', iconSize: [11, 11] });
}

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

// With benchmark marks on: the server's build time and size of the layer, the time from the event markers to the
// layer's arrival here (serialising and sending), and the time to draw it (md-control-*).
function markReceived(h, stats) {
    if (!h.benchmarkMarks) return;
    performance.mark('md-control-received');
    window.__mdControlStats = { buildMs: stats ? stats.buildMs : null, bytes: stats ? stats.bytes : null };
    if (performance.getEntriesByName('md-markers-events', 'mark').length) performance.measure('md-control-events-to-received', 'md-markers-events', 'md-control-received');
}

function markDrawn(h) {
    if (!h.benchmarkMarks) return;
    performance.mark('md-control-drawn');
    performance.measure('md-control-draw', 'md-control-received', 'md-control-drawn');
}

export function setControlLayer(h, name, geojson, fillOpacity, stats) {
    markReceived(h, stats);
    ensureHatch();
    h.removeLayer(name);
    h.opacities = h.opacities || new Map();
    if (!h.opacities.has(name)) h.opacities.set(name, fillOpacity);
    let areas = 0;
    const layer = L.geoJSON(geojson, {
        pane: 'overlay-areas',
        style: f => {
            const p = f.properties;
            if (p.approximate) return {};
            if (p.layer === 'front') return { className: 'md-control-front', color: '#111111', weight: 2.5, opacity: 0.9, dashArray: '8 4' };
            return areaStyle(p, h.opacities.get(name));
        },
        pointToLayer: (f, latlng) => f.properties.approximate ? approximatePlace(f.properties, latlng)
            : f.properties.kind !== 'settlement'
            ? L.marker(latlng, { icon: siteIcon(f.properties), pane: 'markerPane', keyboard: false })
            : L.circleMarker(latlng, {
                pane: 'markerPane', className: 'md-control-place', radius: 4, weight: 1.5, color: '#212121',
                dashArray: f.properties.category === 'contested' ? '2 2' : null,
                fillColor: f.properties.colour, fillOpacity: 0.9
            }),
        onEachFeature: (feature, l) => {
            if (feature.properties.layer === 'area') areas += 1;
            l.on('click', e => {
                L.DomEvent.stopPropagation(e);
                L.popup({ maxWidth: 360 }).setLatLng(e.latlng).setContent(popupOf(feature.properties, (id, placeName, text) => correctButton(h, name, id, placeName, text))).openOn(h.map);
                h.notify('OnFeatureClicked', name, JSON.stringify({ layer: feature.properties.layer, label: feature.properties.label }));
            });
        }
    }).addTo(h.map);
    // The analyst's opacity slider scales each area's own (age) opacity rather than flattening it.
    layer.mdSetOpacity = value => layer.eachLayer(l => {
        const p = l.feature && l.feature.properties;
        if (p && p.layer === 'area') l.setStyle(areaStyle(p, value));
    });
    h.layers.set(name, layer);
    markDrawn(h);
    return areas;
}
