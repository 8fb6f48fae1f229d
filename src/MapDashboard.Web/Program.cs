using MapDashboard.Web;
using MapDashboard.Web.Components;

// Before the host starts its threads: native memory in few malloc arenas (issue 18, as the CLI does).
MapDashboard.Data.Composition.MallocArenas.Limit();
var builder = WebApplication.CreateBuilder(args);
builder.AddMapDashboardWeb();

var app = builder.Build();
app.UseMapDashboardWeb();
await app.PrepareMapDashboardStoreAsync();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
await app.RunAsync();

/// <summary>The web host's entry point (public so tests can start it).</summary>
public partial class Program;
