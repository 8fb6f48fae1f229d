// The control layer's popups: an area's places with the date, source and evidence of each (and "correct" beside each),
// a place's control history (and "Correct control…"). Everything from data is built with DOM nodes and textContent.

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

// Opens a feature's popup at a point and tells .NET what was clicked.
export function openControlPopup(h, name, feature, latlng) {
    const correct = (id, placeName, text) => correctButton(h, name, id, placeName, text);
    L.popup({ maxWidth: 360 }).setLatLng(latlng).setContent(popupOf(feature.properties, correct)).openOn(h.map);
    h.notify('OnFeatureClicked', name, JSON.stringify({ layer: feature.properties.layer, label: feature.properties.label }));
}
