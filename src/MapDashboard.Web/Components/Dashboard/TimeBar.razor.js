// The time bar's keyboard and benchmark hooks. The arrow keys step the time axis only while the date slider has
// focus (a focused map pans with them instead); one press moves by the window's step, not the slider's single day.

export function attach(sliders, dateSlider, dotNet, options) {
    const onKey = e => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        dotNet.invokeMethodAsync('OnArrowKeyJs', e.key === 'ArrowRight' ? 1 : -1).catch(() => { /* circuit gone */ });
    };
    dateSlider.addEventListener('keydown', onKey);
    // With benchmark marks on, a mark when a time slider moves, so that a step can be measured to its markers on
    // the map (the map module measures md-slider-to-markers-*).
    const onInput = e => {
        if (e.target && e.target.type === 'range') performance.mark('md-slider-input');
    };
    if (options && options.benchmarkMarks) sliders.addEventListener('input', onInput, true);
    return {
        dispose() {
            dateSlider.removeEventListener('keydown', onKey);
            sliders.removeEventListener('input', onInput, true);
        }
    };
}
