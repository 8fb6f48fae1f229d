// Popup content for the map, built with DOM nodes and textContent (never innerHTML): article text reaches popups
// and must not become markup.

export function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
}

// Builds popup content: a title, label/value lines, and an excerpt whose highlighted spans become <mark> nodes.
export function buildPopup(content) {
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
