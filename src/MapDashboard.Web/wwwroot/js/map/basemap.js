// The offline basemap: land, water, governorates (clickable, labelled), cities, and their entries in the layer control.

import { buildPopup } from './popups.js';

export async function addBasemap(h, baseUrl) {
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
    ]).addTo(h.map);
    h.map.getContainer().style.background = '#cfe3ef';

    const water = L.layerGroup([
        L.geoJSON(rivers, { pane: 'basemap-water', interactive: false, style: { stroke: false, fillColor: '#7fb3d5', fillOpacity: 1 } }),
        L.geoJSON(lakes, { pane: 'basemap-water', interactive: false, style: { color: '#7fb3d5', weight: 0.5, fillColor: '#a9cce3', fillOpacity: 1 } })
    ]).addTo(h.map);

    const governorates = L.geoJSON(admin1, {
        pane: 'basemap-admin',
        style: { className: 'md-admin1', color: '#607d8b', weight: 1.2, dashArray: '4 3', fillColor: '#ffffff', fillOpacity: 0.01 },
        onEachFeature: (feature, layer) => {
            layer.on('click', e => {
                if (h.pickPoints) {
                    return; // the click goes on to the map: a point is being picked, not a governorate.
                }
                L.DomEvent.stopPropagation(e);
                const p = feature.properties;
                const alternates = (p.name_alt || []).filter(n => n !== p.name);
                L.popup().setLatLng(e.latlng).setContent(buildPopup({
                    title: p.name + ' Governorate',
                    lines: [{ label: 'ISO 3166-2', text: p.iso_3166_2 }].concat(alternates.length ? [{ label: 'Also', text: alternates.join(', ') }] : [])
                })).openOn(h.map);
                h.notify('OnFeatureClicked', 'admin1', JSON.stringify(p));
            });
        }
    }).addTo(h.map);
    governorates.eachLayer(l => l.getElement() && l.getElement().setAttribute('data-name', l.feature.properties.name));
    // A governorate that is one city (Damascus) is named by its city label instead.
    const large = new Set();
    governorates.eachLayer(l => {
        const b = l.getBounds();
        if (b.getNorth() - b.getSouth() > 0.3 || b.getEast() - b.getWest() > 0.3) large.add(l.feature.properties.iso_3166_2);
    });
    const governorateLabels = L.layerGroup(admin1.features.filter(f => f.properties.label_lat != null && large.has(f.properties.iso_3166_2)).map(f =>
        L.tooltip({ permanent: true, direction: 'center', className: 'md-governorate-label', interactive: false })
            .setLatLng([f.properties.label_lat, f.properties.label_lon]).setContent(f.properties.name))).addTo(h.map);

    const cities = L.layerGroup(places.features.map(f => {
        const [lon, lat] = f.geometry.coordinates;
        const marker = L.circleMarker([lat, lon], { pane: 'basemap-admin', radius: f.properties.capital ? 4 : 2.5, color: '#37474f', weight: 1, fillColor: '#ffffff', fillOpacity: 1, interactive: false });
        if (f.properties.capital || f.properties.population >= 700000) {
            marker.bindTooltip(f.properties.name, { permanent: true, direction: 'right', offset: [4, 0], className: 'md-city-label' });
        }
        return marker;
    })).addTo(h.map);

    h.layerControl.addOverlay(governorates, 'Governorates');
    h.layerControl.addOverlay(governorateLabels, 'Governorate names');
    h.layerControl.addOverlay(water, 'Rivers and lakes');
    h.layerControl.addOverlay(cities, 'Cities');
    h.map.attributionControl.addAttribution('Natural Earth; © OpenStreetMap contributors (water); GeoNames (cities); UN OCHA / HDX, CC BY 3.0 IGO (Syrian villages); Who\'s On First');
    return { governorates: admin1.features.length, cities: places.features.length };
}
