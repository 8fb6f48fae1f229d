using MapDashboard.Core.Articles;

namespace MapDashboard.Data.Store;

/// <summary>Where an article's publication date came from: the clue's kind and words, how its year was found, whether it is weak.</summary>
public sealed record ArticleDating(string? Clue, string? Evidence, string? Note, bool Weak)
{
    /// <summary>"dated from the dateline 'BEIRUT, April 5 (Reuters)'", or why the article is undated.</summary>
    public string Describe()
    {
        if (DateClueKinds.Parse(Clue) is not { } kind)
        {
            return Note ?? (Evidence is null ? "undated: no publication date found" : $"undated: {Evidence}");
        }
        var what = kind == DateClueKind.Stated ? DateClueKinds.Describe(kind, "") : DateClueKinds.Describe(kind, Evidence ?? "");
        return $"dated from {what}" + (Note is null ? "" : $"; {Note}") + (Weak ? " (a weak clue: check it)" : "");
    }
}
