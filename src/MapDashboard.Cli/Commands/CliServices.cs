using MapDashboard.Data;
using MapDashboard.Data.Composition;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Cli.Commands;

/// <summary>The pipeline and data layer for one command, composed in one place (the data layer's composition root).</summary>
internal static class CliServices
{
    /// <summary>
    /// The services over the gazetteer given with <c>--gazetteer</c> (or the checkout's) and, when the command writes,
    /// the event store; the place index is loaded.
    /// </summary>
    /// <exception cref="FileNotFoundException">The gazetteer has not been built.</exception>
    public static Task<ServiceProvider> CreateAsync(FileInfo? gazetteer, IStoreConnectionFactory? store, CancellationToken cancellationToken) =>
        MapDashboardServices.CreateAsync(options =>
        {
            options.GazetteerPath = CliPaths.GazetteerDatabase(gazetteer);
            options.Store = store;
        }, cancellationToken: cancellationToken);
}
