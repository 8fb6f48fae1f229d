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

    /// <summary>
    /// <see cref="CreateAsync"/>, or null after telling the user on <paramref name="stderr"/> that the gazetteer has not
    /// been built (the command then exits with 1 rather than a stack trace).
    /// </summary>
    public static async Task<ServiceProvider?> TryCreateAsync(FileInfo? gazetteer, IStoreConnectionFactory? store, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            return await CreateAsync(gazetteer, store, cancellationToken);
        }
        catch (FileNotFoundException ex)
        {
            stderr.WriteLine(ex.Message);
            return null;
        }
    }
}
