using System.CommandLine;
using MapDashboard.Data;
using MapDashboard.Data.Feeds;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash feeds add URL [--outlet NAME] | list | remove ID | poll [--db FILE|URL]`: feed subscriptions (issue #19).</summary>
public static class FeedsCommand
{
    /// <summary>Creates the command and its subcommands.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("feeds", "Follow RSS and Atom feeds: new items are ingested as articles when polled.");
        command.Subcommands.Add(Add(stdout, stderr));
        command.Subcommands.Add(List(stdout, stderr));
        command.Subcommands.Add(Remove(stdout, stderr));
        command.Subcommands.Add(Poll(stdout, stderr));
        return command;
    }

    private static Command Add(TextWriter stdout, TextWriter stderr)
    {
        var url = new Argument<string>("url") { Description = "The feed's address (http or https)." };
        var name = new Option<string?>("--outlet", "--name")
        {
            Description = "The outlet the feed belongs to, credited with its items: an outlet of the outlets table, or a new one (default: the feed's title).",
        };
        var interval = new Option<int>("--interval") { Description = "Minutes between polls by the dashboard (default 30).", DefaultValueFactory = _ => 30 };
        var db = StoreOption.Create();
        var command = new Command("add", "Subscribe to a feed.") { url, name, interval, db };
        command.SetAction((parse, token) => WithStoreAsync(parse.GetValue(db), "feeds add", stderr, async factory =>
        {
            try
            {
                var feeds = new FeedStore(factory);
                var id = await feeds.AddAsync(parse.GetValue(url)!, parse.GetValue(name), parse.GetValue(interval), token);
                var outlet = id is { } added ? (await feeds.GetAsync(added, token))?.Name : null;
                stdout.WriteLine(id is { } newId ? $"feed {newId} added: {parse.GetValue(url)} (outlet: {outlet ?? "named after the feed's title at the first poll"})"
                    : $"already subscribed: {parse.GetValue(url)}");
                return 0;
            }
            catch (ArgumentException ex)
            {
                stderr.WriteLine($"feeds add: {ex.Message}");
                return 2;
            }
        }, token));
        return command;
    }

    private static Command List(TextWriter stdout, TextWriter stderr)
    {
        var db = StoreOption.Create();
        var command = new Command("list", "List the subscriptions with their status.") { db };
        command.SetAction((parse, token) => WithStoreAsync(parse.GetValue(db), "feeds list", stderr, async factory =>
        {
            foreach (var f in await new FeedStore(factory).ListAsync(token))
            {
                stdout.WriteLine($"{f.Id}\t{f.Url}\t{f.Name ?? "(feed title)"}\tevery {f.IntervalMinutes} min{(f.Paused != 0 ? " (paused)" : "")}\t"
                    + $"last poll {f.LastPoll ?? "never"}\t{f.ArticlesTaken} article(s) taken\t{(f.LastError is null ? "ok" : "error: " + f.LastError)}");
            }
            return 0;
        }, token));
        return command;
    }

    private static Command Remove(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<long>("id") { Description = "The feed's id (see feeds list)." };
        var db = StoreOption.Create();
        var command = new Command("remove", "Unsubscribe (the articles already taken stay).") { id, db };
        command.SetAction((parse, token) => WithStoreAsync(parse.GetValue(db), "feeds remove", stderr, async factory =>
        {
            if (!await new FeedStore(factory).RemoveAsync(parse.GetValue(id), token))
            {
                stderr.WriteLine($"feeds remove: there is no feed {parse.GetValue(id)}");
                return 1;
            }
            stdout.WriteLine($"feed {parse.GetValue(id)} removed");
            return 0;
        }, token));
        return command;
    }

    private static Command Poll(TextWriter stdout, TextWriter stderr)
    {
        var db = StoreOption.Create();
        var gazetteer = GazetteerOption.Create();
        var command = new Command("poll", "Poll every feed that is not paused once and print what it took (for cron jobs).") { db, gazetteer };
        command.SetAction((parse, token) => WithStoreAsync(parse.GetValue(db), "feeds poll", stderr, async factory =>
        {
            if (await CliServices.TryCreateAsync(parse.GetValue(gazetteer), factory, stderr, token) is not { } services)
            {
                return 1;
            }
            await using var _ = services;
            var options = new FeedOptions();
            using var fetcher = new FeedFetcher(options);
            var poller = new FeedPoller(new FeedStore(factory), services.GetRequiredService<ArticleIngester>(), fetcher, options);
            var results = await poller.PollAllAsync(cancellationToken: token);
            foreach (var result in results)
            {
                stdout.WriteLine(result.Describe());
            }
            stdout.WriteLine($"{results.Count} feed(s) polled, {results.Sum(r => r.Taken)} article(s) taken, {results.Count(r => r.Error is not null)} failed");
            return 0;
        }, token));
        return command;
    }

    private static async Task<int> WithStoreAsync(string? db, string verb, TextWriter stderr, Func<IStoreConnectionFactory, Task<int>> run, CancellationToken token)
    {
        if (StoreOption.TryOpen(db, readOnly: false, verb, stderr) is not { } factory)
        {
            return 2;
        }
        return await StoreOption.RunAsync(factory, verb, stderr, async () =>
        {
            await new EventStore(factory).InitializeAsync(token);
            return await run(factory);
        });
    }
}
