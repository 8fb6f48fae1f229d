// Keeps an open popup clear of what lies over the map: the app bar above it, the event list on its right and the
// legend at its bottom left. After Leaflet has placed (and auto-panned) a popup, the map is panned so that the popup
// sits below the app bar, left of the list and above or right of the legend; when neither fits, the legend folds
// while the popup is open.

const MARGIN = 8;

function rectOf(selector) {
    const node = document.querySelector(selector);
    if (!node || !node.offsetParent) return null;
    const r = node.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? { node, left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
}

function overlaps(a, b) {
    return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

function moved(r, dx, dy) {
    return { left: r.left - dx, right: r.right - dx, top: r.top - dy, bottom: r.bottom - dy };
}

function clear(h, popup) {
    const node = popup.getElement();
    if (!node || !h.map.hasLayer(popup)) return;
    const box = h.element.getBoundingClientRect();
    const appBar = rectOf('.mud-appbar');
    const top = Math.max(box.top, appBar ? appBar.bottom : box.top) + MARGIN;
    const r = node.getBoundingClientRect();
    const list = rectOf('.md-event-list');
    const rightLimit = (list ? Math.min(list.left, box.right) : box.right) - MARGIN;
    // Positive dx, dy pan the map right and down: the popup moves left and up on the screen.
    let dx = 0;
    let dy = r.top < top ? r.top - top : 0;
    if (list && overlaps(moved(r, dx, dy), list) && r.right - rightLimit > 0 && r.left - (r.right - rightLimit) >= box.left + MARGIN) {
        dx = r.right - rightLimit;
    }
    const legend = rectOf('[data-testid=legend]');
    let fold = false;
    if (legend && overlaps(moved(r, dx, dy), legend)) {
        const up = moved(r, dx, dy).bottom - (legend.top - MARGIN);
        const right = legend.right + MARGIN - moved(r, dx, dy).left;
        if (moved(r, dx, dy + up).top >= top) {
            dy += up;
        } else if (moved(r, dx - right, dy).right <= rightLimit) {
            dx -= right;
        } else {
            fold = true;
        }
    }
    if (dx || dy) h.map.panBy([dx, dy], { animate: false });
    if (legend) legend.node.classList.toggle('md-legend-under-popup', fold);
    h.element.dataset.popupClear = 'true';
}

export function keepPopupsClear(h) {
    let autopanning = false;
    let resized = null;
    h.map.on('autopanstart', () => { autopanning = true; });
    h.map.on('popupopen', e => {
        delete h.element.dataset.popupClear;
        const run = () => requestAnimationFrame(() => clear(h, e.popup));
        if (autopanning) {
            autopanning = false;
            h.map.once('moveend', run);
        } else {
            run();
        }
        // A popup whose content arrives or grows after it opened (a history fetched on demand, a slow machine's late
        // layout), or a list that changes width beside it, is cleared again at the new sizes. (Not the legend: clearing
        // folds it, which would start the loop again.)
        resized?.disconnect();
        const node = e.popup.getElement();
        if (node && typeof ResizeObserver === 'function') {
            let first = true;
            resized = new ResizeObserver(() => {
                if (first) { first = false; return; }
                delete h.element.dataset.popupClear;
                run();
            });
            resized.observe(node);
            const list = document.querySelector('.md-event-list');
            if (list) resized.observe(list);
        }
    });
    h.map.on('popupclose', () => {
        resized?.disconnect();
        resized = null;
        delete h.element.dataset.popupClear;
        const legend = document.querySelector('[data-testid=legend]');
        if (legend) legend.classList.remove('md-legend-under-popup');
    });
}
