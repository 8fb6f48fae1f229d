namespace MapDashboard.Core.Tests.Dates;

/// <summary>Reads a battery file (TSV with a header, '#' comments) and scores its rows.</summary>
internal static class Battery
{
    public static List<Dictionary<string, string>> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Dates", "data", file);
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines[0].Split('\t');
        return lines.Skip(1).Select(l =>
        {
            var cells = l.Split('\t');
            Assert.True(cells.Length == header.Length, $"{file}: '{cells[0]}' has {cells.Length} columns, the header {header.Length}");
            return header.Zip(cells).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }

    /// <summary>Runs every row; fails with the list of failing rows when the pass rate is below the bar.</summary>
    public static double Score(string file, int minimumRows, double bar, Func<Dictionary<string, string>, string?> failure)
    {
        var rows = Load(file);
        Assert.True(rows.Count >= minimumRows, $"{file} holds {rows.Count} rows, fewer than {minimumRows}");
        var failures = rows.Select(r => (Id: r["id"], Why: failure(r))).Where(f => f.Why is not null).ToList();
        var rate = 1.0 - (double)failures.Count / rows.Count;
        Assert.True(rate >= bar,
            $"{file}: {rows.Count - failures.Count}/{rows.Count} = {rate:P1}, below {bar:P0}. Failures:\n" + string.Join("\n", failures.Select(f => $"  {f.Id}: {f.Why}")));
        return rate;
    }
}
