using MudBlazor;

namespace MapDashboard.Web.Components.Layout;

/// <summary>The app shell: app bar, side drawer, and the page filling the rest.</summary>
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

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;
}
