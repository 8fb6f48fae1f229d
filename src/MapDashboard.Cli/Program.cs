using MapDashboard.Cli;
using MapDashboard.Data.Composition;

// Before the work starts its threads: native memory in few malloc arenas (issue 18, peak memory of a backlog ingest).
MallocArenas.Limit();
return await CliApp.RunAsync(args, Console.Out, Console.Error);
