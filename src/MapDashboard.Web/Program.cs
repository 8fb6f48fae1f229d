using MapDashboard.Web;
using MapDashboard.Web.Components;

var builder = WebApplication.CreateBuilder(args);
builder.AddMapDashboardWeb();

var app = builder.Build();
app.UseMapDashboardWeb();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();

/// <summary>The web host's entry point (public so tests can start it).</summary>
public partial class Program;
