// The one JS module behind the LeafletMap component. Everything shown from data is built with DOM nodes and
// textContent (never innerHTML): article text reaches popups and must not become markup.

const SYRIA_BOUNDS = [[32.3, 35.6], [37.4, 42.4]];

function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
}

// Builds popup content: a title, label/value lines, and an excerpt whose highlighted spans become <mark> nodes.
function buildPopup(content) {
    const root = el('div', 'md-popup');
    if (content.title) root.appendChild(el('div', 'md-popup-title', content.title));
    for (const line of content.lines || []) {
        const row = el('div', 'md-popup-line');
        if (line.label) {
            row.appendChild(el('strong', null, line.label + ': '));
        }
        if (line.color) {
            const swatch = el('span', 'md-popup-swatch');
            swatch.style.cssText = 'display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:4px';
            swatch.style.background = line.color;
            row.appendChild(swatch);
        }
        row.appendChild(document.createTextNode(line.text ?? ''));
        root.appendChild(row);
    }
    if (content.excerpt) {
        const quote = el('blockquote', 'md-popup-excerpt');
        const text = content.excerpt;
        const spans = (content.highlights || []).filter(h => h.start >= 0 && h.end <= text.length && h.start < h.end)
            .sort((a, b) => a.start - b.start);
        let at = 0;
        for (const span of spans) {
            if (span.start < at) continue;
            quote.appendChild(document.createTextNode(text.slice(at, span.start)));
            quote.appendChild(el('mark', span.kind ? 'md-hl-' + span.kind : null, text.slice(span.start, span.end)));
            at = span.end;
        }
        quote.appendChild(document.createTextNode(text.slice(at)));
        root.appendChild(quote);
    }
    for (const link of content.links || []) {
        // Only local paths: a link can lead to another page of this app, never to a script or another site.
        if (typeof link.href !== 'string' || !/^\/[A-Za-z0-9/_?=&.%-]*$/.test(link.href)) continue;
        const a = el('a', 'md-popup-link', link.text);
        a.href = link.href;
        root.appendChild(a);
    }
    return root;
}

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

class MapHandle {
    constructor(element, dotNet, options) {
        this.pickPoints = options.pickPoints === true;
        this.dotNet = dotNet;
        this.element = element;
        this.layers = new Map();
        this.map = L.map(element, { zoomControl: true, worldCopyJump: true, minZoom: 2, maxZoom: 14 });
        this.map.fitBounds(SYRIA_BOUNDS);
        this.map.attributionControl.setPrefix('Leaflet');
        this.map.createPane('basemap-land').style.zIndex = 200;
        this.map.createPane('basemap-water').style.zIndex = 250;
        this.map.createPane('basemap-admin').style.zIndex = 300;
        this.map.createPane('overlay-areas').style.zIndex = 350;
        this.map.on('click', e => this.notify('OnMapClicked', e.latlng.lat, e.latlng.lng));
        this.map.on('moveend', () => this.notify('OnViewChangedJs', this.getView()));
        // Arrow keys step the time axis unless the user is typing or the slider itself has focus.
        this.onKey = e => {
            if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
            const t = e.target;
            if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
            e.preventDefault();
            this.notify('OnArrowKeyJs', e.key === 'ArrowRight' ? 1 : -1);
        };
        document.addEventListener('keydown', this.onKey);
        // A mark when a time slider moves, so a step can be measured to its markers on the map (md-slider-to-markers-*).
        this.onSliderInput = e => {
            if (e.target && e.target.type === 'range' && e.target.closest('.md-slider-wrap')) performance.mark('md-slider-input');
        };
        document.addEventListener('input', this.onSliderInput, true);
        this.layerControl = L.control.layers({}, {}, { collapsed: true, position: 'topright' }).addTo(this.map);
        const online = L.tileLayer(options.onlineTileUrl || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
            maxZoom: 18,
            attribution: '&copy; OpenStreetMap contributors'
        });
        this.layerControl.addOverlay(online, 'OpenStreetMap tiles (online)');
        element.dataset.mapReady = 'true';
    }

    notify(method, ...args) {
        this.dotNet.invokeMethodAsync(method, ...args).catch(() => { /* circuit gone: nothing to tell */ });
    }

    async addBasemap(baseUrl) {
        const load = name => fetch(baseUrl + name).then(r => {
            if (!r.ok) throw new Error('basemap file ' + name + ': HTTP ' + r.status);
            return r.json();
        });
        const [world, countries, admin1, rivers, lakes, places] = await Promise.all(
            ['world.geojson', 'countries.geojson', 'admin1.geojson', 'rivers.geojson', 'lakes.geojson', 'places.geojson'].map(load));

        const land = L.layerGroup([
            L.geoJSON(world, { pane: 'basemap-land', interactive: false, style: { color: '#b0bec5', weight: 0.6, fillColor: '#eceff1', fillOpacity: 1 } }),
            L.geoJSON(countries, { pane: 'basemap-land', interactive: false, style: f => ({
                color: '#78909c', weight: 1, fillColor: f.properties.iso_a2 === 'SY' ? '#fbfaf5' : '#f1f1ec', fillOpacity: 1 }) })
        ]).addTo(this.map);
        this.map.getContainer().style.background = '#cfe3ef';

        const water = L.layerGroup([
            L.geoJSON(rivers, { pane: 'basemap-water', interactive: false, style: { stroke: false, fillColor: '#7fb3d5', fillOpacity: 1 } }),
            L.geoJSON(lakes, { pane: 'basemap-water', interactive: false, style: { color: '#7fb3d5', weight: 0.5, fillColor: '#a9cce3', fillOpacity: 1 } })
        ]).addTo(this.map);

        const governorates = L.geoJSON(admin1, {
            pane: 'basemap-admin',
            style: { className: 'md-admin1', color: '#607d8b', weight: 1.2, dashArray: '4 3', fillColor: '#ffffff', fillOpacity: 0.01 },
            onEachFeature: (feature, layer) => {
                layer.on('click', e => {
                    if (this.pickPoints) {
                        return; // the click goes on to the map: a point is being picked, not a governorate.
                    }
                    L.DomEvent.stopPropagation(e);
                    const p = feature.properties;
                    const alternates = (p.name_alt || []).filter(n => n !== p.name);
                    L.popup().setLatLng(e.latlng).setContent(buildPopup({
                        title: p.name + ' Governorate',
                        lines: [{ label: 'ISO 3166-2', text: p.iso_3166_2 }].concat(alternates.length ? [{ label: 'Also', text: alternates.join(', ') }] : [])
                    })).openOn(this.map);
                    this.notify('OnFeatureClicked', 'admin1', JSON.stringify(p));
                });
            }
        }).addTo(this.map);
        governorates.eachLayer(l => l.getElement() && l.getElement().setAttribute('data-name', l.feature.properties.name));
        // A governorate that is one city (Damascus) is named by its city label instead.
        const large = new Set();
        governorates.eachLayer(l => {
            const b = l.getBounds();
            if (b.getNorth() - b.getSouth() > 0.3 || b.getEast() - b.getWest() > 0.3) large.add(l.feature.properties.iso_3166_2);
        });
        const governorateLabels = L.layerGroup(admin1.features.filter(f => f.properties.label_lat != null && large.has(f.properties.iso_3166_2)).map(f =>
            L.tooltip({ permanent: true, direction: 'center', className: 'md-governorate-label', interactive: false })
                .setLatLng([f.properties.label_lat, f.properties.label_lon]).setContent(f.properties.name))).addTo(this.map);

        const cities = L.layerGroup(places.features.map(f => {
            const [lon, lat] = f.geometry.coordinates;
            const marker = L.circleMarker([lat, lon], { pane: 'basemap-admin', radius: f.properties.capital ? 4 : 2.5, color: '#37474f', weight: 1, fillColor: '#ffffff', fillOpacity: 1, interactive: false });
            if (f.properties.capital || f.properties.population >= 700000) {
                marker.bindTooltip(f.properties.name, { permanent: true, direction: 'right', offset: [4, 0], className: 'md-city-label' });
            }
            return marker;
        })).addTo(this.map);

        this.layerControl.addOverlay(governorates, 'Governorates');
        this.layerControl.addOverlay(governorateLabels, 'Governorate names');
        this.layerControl.addOverlay(water, 'Rivers and lakes');
        this.layerControl.addOverlay(cities, 'Cities');
        this.map.attributionControl.addAttribution('Natural Earth; © OpenStreetMap contributors (water); GeoNames (cities); UN OCHA / HDX, CC BY 3.0 IGO (Syrian villages); Who\'s On First');
        return { governorates: admin1.features.length, cities: places.features.length };
    }

    opacityOf(name, fallback) {
        return this.opacities && this.opacities.has(name) ? this.opacities.get(name) : fallback;
    }

    setGeoJsonLayer(name, geojson, style, popupProperty) {
        this.removeLayer(name);
        const layer = L.geoJSON(geojson, {
            pane: 'overlay-areas',
            style: f => ({
                className: 'md-layer-' + name,
                color: (f.properties && f.properties.colour) || style.color,
                weight: style.weight,
                opacity: style.opacity,
                fillColor: (f.properties && f.properties.colour) || style.fillColor,
                fillOpacity: this.opacityOf(name, style.fillOpacity),
                dashArray: style.dashArray
            }),
            onEachFeature: (feature, l) => {
                l.on('click', e => {
                    L.DomEvent.stopPropagation(e);
                    if (popupProperty && feature.properties && feature.properties[popupProperty] != null) {
                        L.popup().setLatLng(e.latlng).setContent(buildPopup({ title: feature.properties[popupProperty] })).openOn(this.map);
                    }
                    this.notify('OnFeatureClicked', name, JSON.stringify(feature.properties || {}));
                });
            }
        }).addTo(this.map);
        this.layers.set(name, layer);
        return layer.getLayers().length;
    }

    setMarkers(name, markers, clustered) {
        this.removeLayer(name);
        const group = clustered && L.markerClusterGroup
            ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, iconCreateFunction: clusterIcon(name) })
            : L.featureGroup();
        const rings = L.featureGroup();
        const layer = L.layerGroup([rings, group]).addTo(this.map);
        layer.mdGroup = group;
        layer.mdRings = rings;
        layer.mdMarkers = new Map();
        layer.mdRingOf = new Map();
        this.layers.set(name, layer);
        return this.updateMarkers(name, markers, []);
    }

    // Adds and removes markers of a layer made by setMarkers: a slider step sends only what changed.
    updateMarkers(name, added, removedIds) {
        const layer = this.layers.get(name);
        if (!layer || !layer.mdMarkers) return this.setMarkers(name, added, false);
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
            const marker = m.count && m.count > 1 ? this.clusterMarker(name, m) : this.pointMarker(name, m);
            marker.mdId = m.id;
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
        performance.mark('md-markers-' + name);
        if (performance.getEntriesByName('md-slider-input', 'mark').length) {
            performance.measure('md-slider-to-markers-' + name, 'md-slider-input', 'md-markers-' + name);
        }
        this.element.dataset['markers' + name.charAt(0).toUpperCase() + name.slice(1)] = String(layer.mdMarkers.size);
        return layer.mdMarkers.size;
    }

    // One event: a shape per event type (from a fixed set of SVG shapes; no data reaches the markup) in its type's colour.
    pointMarker(name, m) {
        const size = m.radius ? m.radius * 2 + 4 : 18;
        const icon = L.divIcon({
            className: 'md-marker md-marker-' + name + (m.dashed ? ' md-marker-imprecise' : ''),
            html: shapeSvg(m.shape, m.color || '#b71c1c', m.strokeColor || '#263238', size, m.dashed),
            iconSize: [size, size],
            iconAnchor: [size / 2, size / 2]
        });
        const marker = L.marker([m.lat, m.lon], { icon, keyboard: false, riseOnHover: true });
        if (m.title) marker.bindTooltip(el('span', null, m.title));
        marker.on('click', () => this.notify('OnMarkerClicked', name, m.id));
        marker.on('add', () => {
            const node = marker.getElement();
            if (node) node.dataset.markerId = m.id;
        });
        return marker;
    }

    // A server-side cluster: a badge with the count; clicking zooms in on it.
    clusterMarker(name, m) {
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
        marker.on('click', () => this.map.flyTo([m.lat, m.lon], Math.min(this.map.getMaxZoom(), this.map.getZoom() + 2), { duration: 0.4 }));
        return marker;
    }

    // Highlights one marker of a layer (or the cluster that holds it) while a list row is hovered.
    highlightMarker(name, id, on) {
        for (const node of this.element.querySelectorAll('.md-highlight')) node.classList.remove('md-highlight');
        const layer = this.layers.get(name);
        const marker = layer && layer.mdMarkers && layer.mdMarkers.get(id);
        if (!on || !marker) return false;
        const visible = layer.mdGroup.getVisibleParent ? layer.mdGroup.getVisibleParent(marker) : marker;
        const node = visible && visible.getElement && visible.getElement();
        if (node) node.classList.add('md-highlight');
        return !!node;
    }

    // Shows a marker that may be inside a cluster (zooming in as needed), then tells .NET it was picked.
    revealMarker(name, id) {
        const layer = this.layers.get(name);
        const marker = layer && layer.mdMarkers && layer.mdMarkers.get(id);
        if (!marker) return false;
        if (layer.mdGroup.zoomToShowLayer) {
            layer.mdGroup.zoomToShowLayer(marker, () => { });
        }
        return true;
    }

    // Sets a GeoJSON overlay's fill opacity now and for every redraw of that layer.
    setLayerOpacity(name, fillOpacity) {
        this.opacities = this.opacities || new Map();
        this.opacities.set(name, fillOpacity);
        const layer = this.layers.get(name);
        if (layer && layer.setStyle) layer.setStyle({ fillOpacity });
    }

    isNarrow() {
        return window.matchMedia('(max-width: 600px)').matches;
    }

    getView() {
        const b = this.map.getBounds();
        const c = this.map.getCenter();
        // Pinch and wheel zoom can leave a fractional zoom; .NET reads it as a whole level.
        return { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast(), zoom: Math.round(this.map.getZoom()), centerLat: c.lat, centerLon: c.lng };
    }

    setView(lat, lon, zoom) {
        this.map.setView([lat, lon], zoom, { animate: false });
    }

    removeLayer(name) {
        const existing = this.layers.get(name);
        if (existing) {
            this.map.removeLayer(existing);
            this.layers.delete(name);
        }
    }

    fitBounds(south, west, north, east) {
        this.map.fitBounds([[south, west], [north, east]], { padding: [20, 20] });
    }

    flyTo(lat, lon, zoom) {
        this.map.flyTo([lat, lon], zoom || this.map.getZoom(), { duration: 0.6 });
    }

    openPopup(lat, lon, content) {
        L.popup({ maxWidth: 340 }).setLatLng([lat, lon]).setContent(buildPopup(content)).openOn(this.map);
    }

    closePopup() {
        this.map.closePopup();
    }

    invalidateSize() {
        this.map.invalidateSize();
    }

    scrollToRow(selector) {
        const row = document.querySelector(selector);
        if (!row) return false;
        row.scrollIntoView({ block: 'nearest' });
        for (const node of document.querySelectorAll('.md-row-selected')) node.classList.remove('md-row-selected');
        row.classList.add('md-row-selected');
        return true;
    }

    dispose() {
        document.removeEventListener('keydown', this.onKey);
        document.removeEventListener('input', this.onSliderInput, true);
        this.layers.clear();
        this.map.off();
        this.map.remove();
        this.dotNet = null;
    }
}

export function createMap(element, dotNet, options) {
    return new MapHandle(element, dotNet, options || {});
}
