namespace MapDashboard.LoadBench;

/// <summary>
/// Script added to every page before the app's own: it records when the map is first painted and, after each slider
/// step, when the step's last layer has been painted. "Painted" is the first task after the animation frame that
/// follows the DOM change (a requestAnimationFrame then a setTimeout), so the browser has rendered that frame.
/// </summary>
public static class PageProbes
{
    /// <summary>First map paint: the offline basemap's land polygons are in the Leaflet container and painted.</summary>
    public const string FirstMapPaint = "window.__mdFirstMapPaint";

    public const string Script = """
        (() => {
          const afterPaint = f => requestAnimationFrame(() => setTimeout(f, 0));
          const observer = new MutationObserver(() => {
            if (!document.querySelector('.leaflet-basemap-land-pane path')) return;
            observer.disconnect();
            window.__mdBasemapInDom = performance.timeOrigin + performance.now();
            afterPaint(() => { window.__mdFirstMapPaint = performance.timeOrigin + performance.now(); });
          });
          observer.observe(document, { childList: true, subtree: true });
          // A slider step ends when the last layer of the step (the "changes" markers) is updated; measure to its paint.
          new PerformanceObserver(list => {
            for (const entry of list.getEntries()) {
              if (entry.name !== 'md-markers-changes' || !performance.getEntriesByName('md-slider-input', 'mark').length) continue;
              afterPaint(() => { if (performance.getEntriesByName('md-slider-input', 'mark').length) performance.measure('md-bench-slider-to-paint', 'md-slider-input'); });
            }
          }).observe({ type: 'mark' });
        })();
        """;
}
