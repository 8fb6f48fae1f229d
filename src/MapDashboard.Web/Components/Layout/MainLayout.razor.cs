using MudBlazor;

namespace MapDashboard.Web.Components.Layout;

/// <summary>The app shell: app bar, side drawer, and the page filling the rest inside an error boundary.</summary>
public partial class MainLayout
{
    private readonly MudTheme _theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#263238",
            Secondary = "#b71c1c",
            AppbarBackground = "#263238",
        },
    };

    private bool _drawerOpen;
    private PageErrorBoundary? _errorBoundary;

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    /// <inheritdoc />
    protected override void OnParametersSet() =>
        _errorBoundary?.Recover(); // Another page was opened: it starts without the last page's error.

    private void TryAgain() => _errorBoundary?.Recover();
}
