// Drawing an area to filter the events by (Leaflet-Geoman): one rectangle or polygon at a time. The area travels as
// text, "lon,lat;lon,lat;..." (four decimals), which .NET validates and keeps in the URL; a button clears it.

import { el } from './popups.js';

const STYLE = { color: '#1565c0', weight: 2, dashArray: '6 4', fillColor: '#1565c0', fillOpacity: 0.06 };

function encode(latlngs) {
    return latlngs.map(p => Number(p.lng.toFixed(4)) + ',' + Number(p.lat.toFixed(4))).join(';');
}

function decode(text) {
    const points = [];
    for (const pair of String(text || '').split(';')) {
        const [lon, lat] = pair.split(',').map(Number);
        if (Number.isFinite(lon) && Number.isFinite(lat)) points.push([lat, lon]);
    }
    return points;
}

function clearControl(h) {
    const control = L.control({ position: 'topleft' });
    control.onAdd = () => {
        const bar = el('div', 'leaflet-bar md-area-clear');
        const button = el('a', null, '✕ area');
        button.href = '#';
        button.title = 'Clear the drawn area (show every event again)';
        button.setAttribute('role', 'button');
        button.dataset.testid = 'area-clear';
        L.DomEvent.disableClickPropagation(bar);
        L.DomEvent.on(button, 'click', e => {
            L.DomEvent.preventDefault(e);
            showArea(h, null);
            h.notify('OnAreaDrawnJs', null);
        });
        bar.appendChild(button);
        return bar;
    };
    return control;
}

// Shows the area (or none) on the map, with the button that clears it.
export function showArea(h, text) {
    if (h.area) {
        h.map.removeLayer(h.area);
        h.area = null;
    }
    const points = decode(text);
    if (points.length < 3) {
        delete h.element.dataset.area;
        if (h.areaClear) h.areaClear.remove();
        return;
    }
    h.area = L.polygon(points, { ...STYLE, interactive: false, pmIgnore: true, className: 'md-area' }).addTo(h.map);
    h.element.dataset.area = text;
    if (h.areaClear && !h.areaClear._map) h.areaClear.addTo(h.map);
}

// The drawing tools (rectangle, polygon) in the map's top-left corner; a finished shape replaces the previous area.
export function enableAreaDrawing(h) {
    if (!h.map.pm) return;
    h.map.createPane('md-draw').style.zIndex = 650;
    h.map.pm.setGlobalOptions({
        allowSelfIntersection: false, pathOptions: STYLE, templineStyle: STYLE, hintlineStyle: { ...STYLE, dashArray: '4 4' },
        panes: { vertexPane: 'md-draw', layerPane: 'md-draw', markerPane: 'md-draw' }
    });
    h.map.pm.addControls({
        position: 'topleft', drawMarker: false, drawCircleMarker: false, drawPolyline: false, drawCircle: false, drawText: false,
        drawRectangle: true, drawPolygon: true, editMode: false, dragMode: false, cutPolygon: false, removalMode: false, rotateMode: false
    });
    h.areaClear = clearControl(h);
    // While drawing, clicks go to the drawing, not to the areas, markers and governorates under it.
    h.map.on('pm:drawstart', () => h.element.classList.add('md-drawing'));
    h.map.on('pm:drawend', () => h.element.classList.remove('md-drawing'));
    h.map.on('pm:create', e => {
        const ring = e.layer.getLatLngs()[0];
        h.map.removeLayer(e.layer);
        // .NET validates the area and hands it back to be shown (setArea), in the form the URL keeps.
        h.notify('OnAreaDrawnJs', encode(ring));
    });
}
