// Marker layers of the map: point markers drawn as fixed SVG shapes, client- or server-side clusters, uncertainty
// rings, and updates that send only what changed. Each function takes the map handle (map, layers, element, notify).

import { el } from './popups.js';

// Marker shapes, one per kind of event, as fixed SVG drawn in a 20x20 box. Only colours (validated) vary.
const SHAPES = {
    circle: '<circle cx="10" cy="10" r="7"/>',
    triangle: '<polygon points="10,2 18.5,17 1.5,17"/>',
    diamond: '<polygon points="10,1.5 18.5,10 10,18.5 1.5,10"/>',
    square: '<rect x="3" y="3" width="14" height="14"/>',
    star: '<polygon points="10,1.5 12.4,7.4 18.6,7.6 13.7,11.5 15.4,17.6 10,14.1 4.6,17.6 6.3,11.5 1.4,7.6 7.6,7.4"/>',
    hexagon: '<polygon points="10,1.5 17.5,5.8 17.5,14.2 10,18.5 2.5,14.2 2.5,5.8"/>',
    cross: '<polygon points="7,2 13,2 13,7 18,7 18,13 13,13 13,18 7,18 7,13 2,13 2,7 7,7"/>',
    pentagon: '<polygon points="10,1.5 18.5,7.7 15.3,17.8 4.7,17.8 1.5,7.7"/>'
};

function safeColour(c, fallback) {
    return typeof c === 'string' && /^(#[0-9a-fA-F]{3,8}|transparent|[a-z]{3,20})$/.test(c) ? c : fallback;
}

function shapeSvg(shape, fill, stroke, size, dashed) {
    const body = SHAPES[shape] || SHAPES.circle;
    const dash = dashed ? ' stroke-dasharray="2.5 2"' : '';
    return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" width="' + Math.round(size) + '" height="' + Math.round(size) + '">'
        + '<g fill="' + safeColour(fill, '#b71c1c') + '" fill-opacity="0.9" stroke="' + safeColour(stroke, '#263238') + '" stroke-width="1.4"' + dash + '>'
        + body + '</g></svg>';
}

// Client-side cluster badges as markercluster draws them, with the layer's name as a class so that each layer's
// clusters can be styled (and counted) apart. The count is a number: no data reaches the markup.
function clusterIcon(name) {
    return cluster => {
        const n = cluster.getChildCount();
        const size = n < 10 ? 'small' : n < 100 ? 'medium' : 'large';
        return L.divIcon({
            html: '<div><span>' + Number(n) + '</span></div>',
            className: 'marker-cluster marker-cluster-' + size + ' md-cluster-' + name,
            iconSize: L.point(40, 40)
        });
    };
}

const CLUSTER_RADIUS = 40;

// A cluster whose markers would still cluster at the map's greatest zoom (several events at one village) fans out at
// once, at any zoom: zooming in could never separate them. At the greatest zoom every cluster fans out.
function openCluster(h, cluster) {
    const map = h.map;
    const max = map.getMaxZoom();
    const b = cluster.getBounds();
    const span = map.project(b.getNorthEast(), max).subtract(map.project(b.getSouthWest(), max));
    if (map.getZoom() >= max || (Math.abs(span.x) < CLUSTER_RADIUS && Math.abs(span.y) < CLUSTER_RADIUS)) {
        cluster.spiderfy();
    } else {
        cluster.zoomToBounds({ padding: [20, 20] });
    }
}

function clusterGroup(h, name) {
    const group = L.markerClusterGroup({
        showCoverageOnHover: false, maxClusterRadius: CLUSTER_RADIUS, iconCreateFunction: clusterIcon(name),
        zoomToBoundsOnClick: false, spiderfyOnMaxZoom: false
    });
    group.on('clusterclick', e => openCluster(h, e.layer));
    group.on('spiderfied', e => { h.element.dataset.spiderfied = String(e.markers.length); });
    group.on('unspiderfied', () => { delete h.element.dataset.spiderfied; });
    return group;
}

// options.beneath: the layer's markers lie under every other marker and cluster, so they never take a click meant for
// an event.
export function setMarkers(h, name, markers, clustered, options) {
    h.removeLayer(name);
    const group = clustered && L.markerClusterGroup ? clusterGroup(h, name) : L.featureGroup();
    group.mdPane = options && options.beneath ? 'md-beneath-markers' : 'markerPane';
    const rings = L.featureGroup();
    const layer = L.layerGroup([rings, group]).addTo(h.map);
    layer.mdGroup = group;
    layer.mdRings = rings;
    layer.mdMarkers = new Map();
    layer.mdRingOf = new Map();
    h.layers.set(name, layer);
    return updateMarkers(h, name, markers, []);
}

export function updateMarkers(h, name, added, removedIds) {
    const drawStart = performance.now();
    const layer = h.layers.get(name);
    if (!layer || !layer.mdMarkers) return setMarkers(h, name, added, false);
    const gone = [];
    for (const id of removedIds) {
        const marker = layer.mdMarkers.get(id);
        if (marker) {
            gone.push(marker);
            layer.mdMarkers.delete(id);
        }
        const ring = layer.mdRingOf.get(id);
        if (ring) {
            layer.mdRings.removeLayer(ring);
            layer.mdRingOf.delete(id);
        }
    }
    if (layer.mdGroup.removeLayers) layer.mdGroup.removeLayers(gone); else gone.forEach(m => layer.mdGroup.removeLayer(m));
    const fresh = [];
    for (const m of added) {
        const existing = layer.mdMarkers.get(m.id);
        if (existing) {
            layer.mdGroup.removeLayer(existing);
        }
        const marker = m.count && m.count > 1 ? clusterMarker(h, name, m) : pointMarker(h, name, m, layer.mdGroup.mdPane);
        marker.mdId = m.id;
        marker.mdCount = m.count || 1;
        layer.mdMarkers.set(m.id, marker);
        fresh.push(marker);
        if (m.ringMetres && !(m.count > 1)) {
            // The uncertainty of a "near X" or regional location, drawn to scale.
            const ring = L.circle([m.lat, m.lon], {
                radius: m.ringMetres, className: 'md-ring md-ring-' + name, interactive: false,
                color: m.color || '#455a64', weight: 1.2, dashArray: '5 4', fill: true, fillOpacity: 0.04
            });
            layer.mdRings.addLayer(ring);
            layer.mdRingOf.set(m.id, ring);
        }
    }
    if (layer.mdGroup.addLayers) layer.mdGroup.addLayers(fresh); else fresh.forEach(m => layer.mdGroup.addLayer(m));
    if (h.benchmarkMarks) {
        // Benchmarks measure a slider step (the time bar's md-slider-input mark) to the markers of each layer.
        performance.measure('md-markers-draw-' + name, { start: drawStart });
        performance.mark('md-markers-' + name);
        if (performance.getEntriesByName('md-slider-input', 'mark').length) {
            performance.measure('md-slider-to-markers-' + name, 'md-slider-input', 'md-markers-' + name);
        }
    }
    h.element.dataset['markers' + name.charAt(0).toUpperCase() + name.slice(1)] = String(layer.mdMarkers.size);
    if (h.onMarkersChanged) h.onMarkersChanged(name, layer);
    return layer.mdMarkers.size;
}

function pointMarker(h, name, m, pane) {
    const size = m.radius ? m.radius * 2 + 4 : 18;
    const icon = L.divIcon({
        className: 'md-marker md-marker-' + name + (m.dashed ? ' md-marker-imprecise' : ''),
        html: shapeSvg(m.shape, m.color || '#b71c1c', m.strokeColor || '#263238', size, m.dashed),
        iconSize: [size, size],
        iconAnchor: [size / 2, size / 2]
    });
    const marker = L.marker([m.lat, m.lon], { icon, keyboard: false, riseOnHover: true, pane: pane || 'markerPane' });
    if (m.title) marker.bindTooltip(el('span', null, m.title));
    marker.on('click', () => h.notify('OnMarkerClicked', name, m.id));
    marker.on('add', () => {
        const node = marker.getElement();
        if (!node) return;
        node.dataset.markerId = m.id;
        // Leaflet rebuilds an icon's classes whenever the marker comes back (a cluster opened, the view moved).
        if (h.highlighted && h.highlighted.name === name && h.highlighted.id === m.id) node.classList.add('md-highlight');
    });
    return marker;
}

function clusterMarker(h, name, m) {
    const digits = String(m.count).length;
    const size = 26 + Math.min(4, digits) * 5;
    const badge = el('div', null);
    badge.appendChild(el('span', null, m.count.toLocaleString('en-GB')));
    const icon = L.divIcon({
        className: 'md-server-cluster md-server-cluster-' + name,
        html: badge,
        iconSize: [size, size],
        iconAnchor: [size / 2, size / 2]
    });
    const marker = L.marker([m.lat, m.lon], { icon, keyboard: false });
    if (m.title) marker.bindTooltip(el('span', null, m.title));
    // The server sends the events themselves once the view is at the greatest zoom (where they then fan out).
    marker.on('click', () => h.map.flyTo([m.lat, m.lon], Math.min(h.map.getMaxZoom(), h.map.getZoom() + 2), { duration: 0.4 }));
    return marker;
}

export function highlightMarker(h, name, id, on) {
    for (const node of h.element.querySelectorAll('.md-highlight')) node.classList.remove('md-highlight');
    const layer = h.layers.get(name);
    const marker = layer && layer.mdMarkers && layer.mdMarkers.get(id);
    h.highlighted = on && marker ? { name, id } : null;
    if (!on || !marker) return false;
    const visible = layer.mdGroup.getVisibleParent ? layer.mdGroup.getVisibleParent(marker) : marker;
    const node = visible && visible.getElement && visible.getElement();
    if (node) node.classList.add('md-highlight');
    return !!node;
}

export function revealMarker(h, name, id) {
    const layer = h.layers.get(name);
    const marker = layer && layer.mdMarkers && layer.mdMarkers.get(id);
    if (!marker) return false;
    if (layer.mdGroup.zoomToShowLayer) {
        layer.mdGroup.zoomToShowLayer(marker, () => { });
    }
    return true;
}
