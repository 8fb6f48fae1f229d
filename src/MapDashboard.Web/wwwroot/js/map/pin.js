// The place-search pin: one labelled marker for the place a user chose, replaced by the next choice.
// The label is set as text (never HTML): place names come from data files and user imports.

export function dropPin(handle, lat, lon, label) {
    handle.removeLayer('place-pin');
    const icon = L.divIcon({ className: 'md-place-pin', html: '', iconSize: [18, 18], iconAnchor: [9, 18] });
    const marker = L.marker([lat, lon], { icon, keyboard: false, zIndexOffset: 1000, title: label });
    const tooltip = document.createElement('span');
    tooltip.className = 'md-place-pin-label';
    tooltip.textContent = label;
    marker.bindTooltip(tooltip, { permanent: true, direction: 'top', offset: [0, -18] });
    marker.addTo(handle.map);
    handle.layers.set('place-pin', marker);
}
