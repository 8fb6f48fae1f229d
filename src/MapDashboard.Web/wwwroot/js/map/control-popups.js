// The control layer's popups: an area's places with the date, source and evidence of each (and "correct" beside each),
// a place's control history (and "Correct control…"). The map's layer carries neither the histories, nor the points'
// titles, nor the areas' lists: a popup fetches them when it opens (api/control/places/{id}/popup?date=, .../area?date=),
// showing "loading…" meanwhile.
// Everything from data is built with DOM nodes and textContent.

import { el } from './popups.js';

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

function evidenceList(items, correct) {
    const list = el('ul', 'md-control-list');
    list.style.cssText = 'max-height:220px;overflow:auto;margin:4px 0;padding-left:16px';
    for (const item of items) list.appendChild(evidenceRow(item, correct));
    return list;
}

// Fetches a JSON document of this app for a popup that is open: fill(json) when it arrives (then the popup is laid out
// again), or the slot tells why it could not be loaded.
function fetchInto(url, slot, what, fill, popup) {
    fetch(url, { credentials: 'same-origin' })
        .then(response => {
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            return response.json();
        })
        .then(json => {
            fill(json);
            popup.update();
        })
        .catch(e => {
            slot.textContent = `${what} could not be loaded (${e.message}).`;
            slot.className = 'md-popup-line md-control-history-error';
        });
}

function historyParts(items) {
    const parts = [el('div', 'md-popup-line', 'Control history:')];
    if (Array.isArray(items) && items.length) parts.push(evidenceList(items, null));
    return parts;
}

// A place's title and history: given (a layer from the API), or fetched for the layer's date once the popup opens
// (api/control/places/{id}/popup?date= answers {label, history}).
function placePopup(root, p, correct, date, popup) {
    const title = el('div', 'md-popup-title', typeof p.label === 'string' ? p.label : '');
    root.appendChild(title);
    if (typeof p.placeId === 'string') root.appendChild(correct(p.placeId, p.name, 'Correct control…'));
    if (Array.isArray(p.history)) {
        if (p.history.length) root.append(...historyParts(p.history));
        return;
    }
    if (typeof p.placeId !== 'string' || typeof date !== 'string') return;
    if (typeof p.label !== 'string') title.textContent = `${p.name ?? ''}: loading…`;
    const slot = el('div', 'md-popup-line md-control-history-loading', 'Control history: loading…');
    root.appendChild(slot);
    fetchInto(`api/control/places/${encodeURIComponent(p.placeId)}/popup?date=${encodeURIComponent(date)}`, slot, 'Control history', json => {
        if (json && typeof json.label === 'string') title.textContent = json.label;
        slot.replaceWith(...historyParts(json ? json.history : null));
    }, popup);
}

function areaPlaces(root, places, count, correct) {
    if (!Array.isArray(places) || !places.length) return;
    root.appendChild(evidenceList(places, correct));
    if (count > places.length) {
        root.appendChild(el('div', 'md-popup-line', `and ${count - places.length} more (oldest evidence last)`));
    }
}

// An area's places: given (a layer from the API), or fetched for the layer's date by one of its places once the popup
// opens (api/control/places/{id}/area?date=).
function areaPopup(root, p, correct, date, popup) {
    root.appendChild(el('div', 'md-popup-title', p.label));
    if (Array.isArray(p.places)) {
        areaPlaces(root, p.places, p.placeCount, correct);
        return;
    }
    if (typeof p.placeId !== 'string' || typeof date !== 'string' || !(p.placeCount > 0)) return;
    const slot = el('div', 'md-popup-line md-control-history-loading', 'Places: loading…');
    root.appendChild(slot);
    fetchInto(`api/control/places/${encodeURIComponent(p.placeId)}/area?date=${encodeURIComponent(date)}`, slot, 'The places', places => {
        const holder = document.createDocumentFragment();
        areaPlaces(holder, places, p.placeCount, correct);
        slot.replaceWith(holder);
    }, popup);
}

function popupOf(p, correct, date, popup) {
    const root = el('div', 'md-popup md-control-popup');
    if (p.layer === 'place') {
        placePopup(root, p, correct, date, popup);
    } else if (p.layer === 'area') {
        areaPopup(root, p, correct, date, popup);
    } else {
        root.appendChild(el('div', 'md-popup-title', p.label));
    }
    return root;
}

// Opens a feature's popup at a point and tells .NET what was clicked; date is the date of the layer drawn.
export function openControlPopup(h, name, feature, latlng, date) {
    const correct = (id, placeName, text) => correctButton(h, name, id, placeName, text);
    const popup = L.popup({ maxWidth: 360 }).setLatLng(latlng);
    popup.setContent(popupOf(feature.properties, correct, date, popup)).openOn(h.map);
    h.notify('OnFeatureClicked', name, JSON.stringify({ layer: feature.properties.layer, label: feature.properties.label }));
}
