namespace MapDashboard.Core.Gazetteer;

/// <summary>
/// The ways the press writes a facility's category word ("X airbase", "X air base", "X military airport"; "X oil field",
/// "X field"; "X crossing", "X border crossing"), by feature code, read from a data file with a source column. A curated
/// facility named with one of them also answers to the others; its bare name without a category word is left to the
/// town it is named after (a base named after a town is not that town).
/// </summary>
public sealed class FacilityNameForms
{
    /// <summary>The header the forms file starts with.</summary>
    public const string Header = "feature_code\tform\tsource";

    private readonly Dictionary<string, List<string>> _forms;

    /// <summary>Forms by feature code (any case; compared case-insensitively).</summary>
    public FacilityNameForms(IEnumerable<(string FeatureCode, string Form)> forms)
    {
        _forms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (code, form) in forms)
        {
            if (!_forms.TryGetValue(code, out var list))
            {
                _forms[code] = list = [];
            }
            if (!list.Contains(form, StringComparer.OrdinalIgnoreCase))
            {
                list.Add(form);
            }
        }
        foreach (var list in _forms.Values)
        {
            // The longest category word is stripped first: "X military airport" is "X", not "X military".
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    /// <summary>No forms: every name stays as written.</summary>
    public static FacilityNameForms None { get; } = new([]);

    /// <summary>Parses the forms file's lines (header first, '#' comments); bad rows throw with file and line.</summary>
    public static FacilityNameForms Parse(IEnumerable<string> lines, string file)
    {
        var rows = new List<(string, string)>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (number == 1)
            {
                if (line.TrimEnd() != Header)
                {
                    throw new FormatException($"{file}:1: the header must be: {Header.Replace('\t', ' ')}");
                }
                continue;
            }
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != 3 || f[0].Trim().Length == 0 || f[1].Trim().Length == 0 || f[2].Trim().Length == 0)
            {
                throw new FormatException($"{file}:{number}: expected feature_code, form and source, tab-separated and non-empty");
            }
            rows.Add((f[0].Trim(), f[1].Trim()));
        }
        return new FacilityNameForms(rows);
    }

    /// <summary>
    /// The names of a place of <paramref name="featureCode"/> written with every form of its category word: for each
    /// name that ends with one of the code's forms, its stem followed by each other form. Names not ending with a form
    /// add nothing; the given names themselves are not repeated.
    /// </summary>
    public IReadOnlyList<string> Expand(string featureCode, IEnumerable<string> names)
    {
        if (!_forms.TryGetValue(featureCode, out var forms))
        {
            return [];
        }
        var given = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        var seen = new HashSet<string>(given, StringComparer.OrdinalIgnoreCase);
        foreach (var name in given)
        {
            if (Stem(name, forms) is not { } stem)
            {
                continue;
            }
            foreach (var form in forms)
            {
                var written = stem + " " + form;
                if (seen.Add(written))
                {
                    result.Add(written);
                }
            }
        }
        return result;
    }

    private static string? Stem(string name, List<string> forms)
    {
        foreach (var form in forms)
        {
            if (name.Length > form.Length + 1 && name.EndsWith(form, StringComparison.OrdinalIgnoreCase) && name[^(form.Length + 1)] == ' ')
            {
                var stem = name[..^(form.Length + 1)].TrimEnd();
                return stem.Length > 0 ? stem : null;
            }
        }
        return null;
    }
}
