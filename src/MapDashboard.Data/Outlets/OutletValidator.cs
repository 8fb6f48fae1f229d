namespace MapDashboard.Data.Outlets;

/// <summary>
/// The rules an outlet's facts keep, for the seed file, the Outlets page and the API alike: a name of 1 to 200 characters,
/// each fact at most 200 characters and only with the public reference that states it (nothing unsourced), each
/// reference at most 500 characters and only beside its fact, a web site without spaces, and no control characters.
/// </summary>
public static class OutletValidator
{
    /// <summary>The longest fact (the limit of an article's outlet name).</summary>
    public const int MaxFactLength = Core.Articles.ArticleFieldLimits.MaxOutletLength;

    /// <summary>The longest reference.</summary>
    public const int MaxReferenceLength = 500;

    /// <summary>Every problem of the outlet; empty when it may be saved.</summary>
    public static IReadOnlyList<OutletProblem> Check(Outlet outlet)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        var problems = new List<OutletProblem>();
        var name = outlet.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            problems.Add(new OutletProblem("name", "An outlet needs a name."));
        }
        else if (name.Length > MaxFactLength)
        {
            problems.Add(new OutletProblem("name", $"The name is {name.Length} characters; at most {MaxFactLength}."));
        }
        if (HasControl(outlet.Name))
        {
            problems.Add(new OutletProblem("name", "The name contains a control character (a tab, line break or the like)."));
        }
        foreach (var (field, label, value, reference) in outlet.Facts())
        {
            var fact = value?.Trim() ?? "";
            var source = reference?.Trim() ?? "";
            if (fact.Length > MaxFactLength)
            {
                problems.Add(new OutletProblem(field, $"The {label} is {fact.Length} characters; at most {MaxFactLength}."));
            }
            if (source.Length > MaxReferenceLength)
            {
                problems.Add(new OutletProblem(field + "Ref", $"The reference for the {label} is {source.Length} characters; at most {MaxReferenceLength}."));
            }
            if (fact.Length > 0 && source.Length == 0)
            {
                problems.Add(new OutletProblem(field + "Ref", $"The {label} '{fact}' needs the public reference that states it; leave the {label} blank when none does."));
            }
            if (fact.Length == 0 && source.Length > 0)
            {
                problems.Add(new OutletProblem(field, $"A reference is given for the {label} but no {label}."));
            }
            if (HasControl(value) || HasControl(reference))
            {
                problems.Add(new OutletProblem(field, $"The {label} or its reference contains a control character (a tab, line break or the like)."));
            }
        }
        if (outlet.Website?.Trim() is { Length: > 0 } site && site.Any(char.IsWhiteSpace))
        {
            problems.Add(new OutletProblem("website", $"The web site '{site}' contains spaces; give its address (example.org)."));
        }
        return problems;
    }

    private static bool HasControl(string? text) => text is not null && text.Any(char.IsControl);
}
