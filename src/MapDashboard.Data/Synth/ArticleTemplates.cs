namespace MapDashboard.Data.Synth;

/// <summary>The sentence templates of the news corpus generator (<c>Synth/article-templates.tsv</c>: kind, template, source), by kind.</summary>
internal sealed class ArticleTemplates
{
    private readonly Dictionary<string, string[]> _byKind;

    private ArticleTemplates(Dictionary<string, string[]> byKind) => _byKind = byKind;

    /// <summary>How many templates there are.</summary>
    public int Count => _byKind.Values.Sum(t => t.Length);

    /// <summary>Whether there is a template of the kind.</summary>
    public bool Has(string kind) => _byKind.ContainsKey(kind);

    /// <summary>A template of the kind, drawn uniformly.</summary>
    public string Pick(string kind, Random random) =>
        _byKind.TryGetValue(kind, out var templates) ? templates[random.Next(templates.Length)]
            : throw new InvalidOperationException($"article-templates.tsv has no template of the kind '{kind}'.");

    /// <summary>The bundled templates.</summary>
    public static ArticleTemplates LoadDefault()
    {
        using var stream = typeof(ArticleTemplates).Assembly.GetManifestResourceStream("MapDashboard.Data.Synth.article-templates.tsv")
            ?? throw new InvalidOperationException("The embedded article-templates.tsv is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads the TSV (a header line, then kind, template, source); a row without a source is refused.</summary>
    public static ArticleTemplates Parse(string tsv)
    {
        var byKind = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var lines = tsv.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length != 3 || cells.Any(string.IsNullOrWhiteSpace))
            {
                throw new FormatException($"article-templates.tsv line {i + 1}: expected kind, template and source.");
            }
            (byKind.TryGetValue(cells[0], out var list) ? list : byKind[cells[0]] = []).Add(cells[1]);
        }
        return new ArticleTemplates(byKind.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal));
    }
}
