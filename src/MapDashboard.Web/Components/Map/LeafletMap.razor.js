// The JS module behind the LeafletMap component: the map, its panes and its named layers. The layers' concerns live
// in modules of their own: the basemap, marker layers, GeoJSON areas and popups (wwwroot/js/map/). Everything shown
// from data is built with DOM nodes and textContent (never innerHTML): article text reaches popups.

import { addBasemap } from '../../js/map/basemap.js';
import { setMarkers, updateMarkers, highlightMarker, revealMarker } from '../../js/map/markers.js';
import { updateRings } from '../../js/map/change-rings.js';
import { setGeoJsonLayer, setLayerOpacity } from '../../js/map/areas.js';
import { buildPopup } from '../../js/map/popups.js';
import { dropPin } from '../../js/map/pin.js';
import { setControlLayer, setControlLayerFromUrl } from '../../js/map/control-areas.js';
import { addHeatLayer } from '../../js/map/heat.js';
import { enableAreaDrawing, showArea } from '../../js/map/area-draw.js';
import { keepPopupsClear } from '../../js/map/popup-clearance.js';

const SYRIA_BOUNDS = [[32.3, 35.6], [37.4, 42.4]];

class MapHandle {
    constructor(element, dotNet, options) {
        this.pickPoints = options.pickPoints === true;
        // Performance marks for the benchmarks (md-markers-*), off unless the app is configured for them.
        this.benchmarkMarks = options.benchmarkMarks === true;
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
        // What must never take a click meant for an event or a cluster (the "changed hands" rings, change-rings.js).
        this.map.createPane('md-beneath-markers').style.zIndex = 590;
        this.map.on('click', e => this.notify('OnMapClicked', e.latlng.lat, e.latlng.lng));
        this.map.on('moveend', () => this.notify('OnViewChangedJs', this.getView()));
        this.layerControl = L.control.layers({}, {}, { collapsed: true, position: 'topright' }).addTo(this.map);
        const online = L.tileLayer(options.onlineTileUrl || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
            maxZoom: 18,
            attribution: '&copy; OpenStreetMap contributors'
        });
        this.layerControl.addOverlay(online, 'OpenStreetMap tiles (online)');
        if (options.heatLayer) addHeatLayer(this, options.heatLayer, 'Event density (heat)');
        if (options.drawAreas) enableAreaDrawing(this);
        keepPopupsClear(this);
        element.dataset.mapReady = 'true';
    }

    notify(method, ...args) {
        if (!this.dotNet) return;
        this.dotNet.invokeMethodAsync(method, ...args).catch(() => { /* circuit gone: nothing to tell */ });
    }

    addBasemap(baseUrl) { return addBasemap(this, baseUrl); }

    setGeoJsonLayer(name, geojson, style, popupProperty) { return setGeoJsonLayer(this, name, geojson, style, popupProperty); }

    setLayerOpacity(name, fillOpacity) { setLayerOpacity(this, name, fillOpacity); }

    setControlLayer(name, geojson, fillOpacity, stats) { return setControlLayer(this, name, geojson, fillOpacity, stats); }

    setControlLayerFromUrl(name, url, fillOpacity, stats) { return setControlLayerFromUrl(this, name, url, fillOpacity, stats); }

    setMarkers(name, markers, clustered, options) { return setMarkers(this, name, markers, clustered, options); }

    setArea(text) { showArea(this, text); }

    // The server's timings of the last redraw, for the slider benchmark (sent only with benchmark marks on).
    setBenchStats(stats) { window.__mdStepStats = stats; }

    updateMarkers(name, added, removedIds) { return updateMarkers(this, name, added, removedIds); }

    updateRings(name, added, removedIds, reset) { return updateRings(this, name, added, removedIds, reset); }

    highlightMarker(name, id, on) { return highlightMarker(this, name, id, on); }

    revealMarker(name, id) { return revealMarker(this, name, id); }

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
            if (this.onMarkersChanged) this.onMarkersChanged(name, null);
        }
    }

    fitBounds(south, west, north, east) {
        this.map.fitBounds([[south, west], [north, east]], { padding: [20, 20] });
    }

    flyTo(lat, lon, zoom) {
        // A popup opened right after waits for the flight to end, so that it is placed (and kept clear) where it lands.
        this.flight = new Promise(resolve => {
            this.map.once('moveend', resolve);
            setTimeout(resolve, 2000);
        });
        this.map.flyTo([lat, lon], zoom || this.map.getZoom(), { duration: 0.6 });
    }

    async openPopup(lat, lon, content) {
        if (this.flight) {
            const flight = this.flight;
            await flight;
            if (this.flight === flight) this.flight = null;
        }
        if (!this.dotNet) return;
        L.popup({ maxWidth: 340 }).setLatLng([lat, lon]).setContent(buildPopup(content)).openOn(this.map);
    }

    dropPin(lat, lon, label) { dropPin(this, lat, lon, label); }

    closePopup() {
        this.map.closePopup();
    }

    invalidateSize() {
        this.map.invalidateSize();
    }

    scrollToRow(selector) {
        const select = () => {
            const row = document.querySelector(selector);
            if (!row) return false;
            row.scrollIntoView({ block: 'nearest' });
            for (const node of document.querySelectorAll('.md-row-selected')) node.classList.remove('md-row-selected');
            row.classList.add('md-row-selected');
            return true;
        };
        if (this.pendingRow) this.pendingRow.disconnect();
        this.pendingRow = null;
        if (select()) return true;
        // The list may not show the row yet (a new window is drawn on the map before it is listed): select it once it does.
        const pending = new MutationObserver(() => {
            if (select()) pending.disconnect();
        });
        pending.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => pending.disconnect(), 10000);
        this.pendingRow = pending;
        return false;
    }

    dispose() {
        if (this.pendingRow) this.pendingRow.disconnect();
        this.layers.clear();
        this.map.off();
        this.map.remove();
        this.dotNet = null;
    }
}

export function createMap(element, dotNet, options) {
    return new MapHandle(element, dotNet, options || {});
}
