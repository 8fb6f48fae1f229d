using MapDashboard.Web;
using MapDashboard.Web.Components;

var builder = WebApplication.CreateBuilder(args);
builder.AddMapDashboardWeb();

var app = builder.Build();
app.UseMapDashboardWeb();
await app.PrepareMapDashboardStoreAsync();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
await app.RunAsync();

/// <summary>The web host's entry point (public so tests can start it).</summary>
public partial class Program;
