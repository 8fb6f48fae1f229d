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

class MapHandle {
    constructor(element, dotNet, options) {
        this.dotNet = dotNet;
        this.layers = new Map();
        this.map = L.map(element, { zoomControl: true, worldCopyJump: true, minZoom: 2, maxZoom: 14 });
        this.map.fitBounds(SYRIA_BOUNDS);
        this.map.attributionControl.setPrefix('Leaflet');
        this.map.createPane('basemap-land').style.zIndex = 200;
        this.map.createPane('basemap-water').style.zIndex = 250;
        this.map.createPane('basemap-admin').style.zIndex = 300;
        this.map.createPane('overlay-areas').style.zIndex = 350;
        this.map.on('click', e => this.notify('OnMapClicked', e.latlng.lat, e.latlng.lng));
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
        this.map.attributionControl.addAttribution('Natural Earth; © OpenStreetMap contributors (water); GeoNames (cities)');
        return { governorates: admin1.features.length, cities: places.features.length };
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
                fillOpacity: style.fillOpacity,
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
            ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 })
            : L.featureGroup();
        for (const m of markers) {
            const marker = L.circleMarker([m.lat, m.lon], {
                className: 'md-marker md-marker-' + name,
                radius: m.radius || 7,
                color: m.strokeColor || '#263238',
                weight: m.dashed ? 1.5 : 1,
                dashArray: m.dashed ? '3 3' : null,
                fillColor: m.color || '#b71c1c',
                fillOpacity: 0.9
            });
            marker.mdId = m.id;
            if (m.title) marker.bindTooltip(m.title);
            marker.on('click', () => this.notify('OnMarkerClicked', name, m.id));
            group.addLayer(marker);
        }
        group.addTo(this.map);
        this.layers.set(name, group);
        return markers.length;
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

    dispose() {
        this.layers.clear();
        this.map.off();
        this.map.remove();
        this.dotNet = null;
    }
}

export function createMap(element, dotNet, options) {
    return new MapHandle(element, dotNet, options || {});
}
