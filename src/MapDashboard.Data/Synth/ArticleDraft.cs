using System.Globalization;
using System.Text;
using MapDashboard.Core.Actors;

namespace MapDashboard.Data.Synth;

/// <summary>
/// One generated article's state while its sentences are written: the region it reports on (an anchor place and places
/// near it), the pair of factions it follows and its publication date; fills a template's slots from them.
/// </summary>
internal sealed class ArticleDraft
{
    private readonly Random _random;
    private readonly List<SynthPlace> _places;
    private readonly SynthPlace _anchor;
    private readonly DateOnly _published;
    private readonly FactionCatalogue _factions;
    private (string Actor1, string Actor2, double Weight) _pair;
    private SynthPlace _place;
    private SynthPlace _place2;

    public ArticleDraft(Random random, List<SynthPlace> places, SynthPlace anchor, DateOnly published, FactionCatalogue factions,
        (string Actor1, string Actor2, double Weight) pair)
    {
        _random = random;
        _places = places;
        _anchor = anchor;
        _published = published;
        _factions = factions;
        _pair = pair;
        _place = anchor;
        _place2 = Other(anchor);
    }

    /// <summary>The next sentence is about another place of the region (and, given a pair, other factions).</summary>
    public void Move((string Actor1, string Actor2, double Weight)? pair)
    {
        _pair = pair ?? _pair;
        _place = _random.NextDouble() < 0.4 ? _anchor : SynthPlaces.Nearby(_places, _anchor, _random) ?? _anchor;
        _place2 = Other(_place);
    }

    /// <summary>Another place near the anchor than <paramref name="place"/> (the anchor itself when none is found).</summary>
    private SynthPlace Other(SynthPlace place)
    {
        for (var i = 0; i < 4; i++)
        {
            if (SynthPlaces.Nearby(_places, _anchor, _random) is { } near && near.Id != place.Id)
            {
                return near;
            }
        }
        return place.Id == _anchor.Id ? _places[_random.Next(_places.Count)] : _anchor;
    }

    /// <summary>The template with its slots filled: {actor1}, {actor2}, {place}, {place2}, {region}, {day}, {n}.</summary>
    public string Fill(string template, string kind = "", bool capitalize = true)
    {
        var (actor1, actor2) = Actors(kind);
        var text = new StringBuilder(template)
            .Replace("{actor1}", _factions.Get(actor1)!.Name)
            .Replace("{actor2}", _factions.Get(actor2)!.Name)
            .Replace("{place2}", _place2.Name)
            .Replace("{place}", _place.Name)
            .Replace("{region}", _anchor.Admin1 is { Length: > 0 } admin ? admin + " province" : "the region")
            .Replace("{n}", _random.Next(2, 40).ToString(CultureInfo.InvariantCulture))
            .Replace("{day}", Day());
        var filled = text.ToString();
        return capitalize ? char.ToUpperInvariant(filled[0]) + filled[1..] : filled;
    }

    /// <summary>Who acts and who is acted on: a government recapture is the government's, a seizure its opponent's.</summary>
    private (string, string) Actors(string kind)
    {
        var (a1, a2, _) = _pair;
        var a1Government = _factions.SideOf(a1).Id == _factions.SideOf("saa").Id;
        var a2Government = _factions.SideOf(a2).Id == _factions.SideOf("saa").Id;
        return kind switch
        {
            "government_regains" => a1Government ? (a1, a2) : a2Government ? (a2, a1) : ("saa", a1),
            "nonstate_overtakes" => a1Government ? (a2, a1) : (a1, a2),
            "shelling" or "air_strike" => (a1, a2),
            _ => _random.NextDouble() < 0.5 ? (a1, a2) : (a2, a1),
        };
    }

    /// <summary>A day of the week before publication, by weekday or by date.</summary>
    private string Day()
    {
        var day = _published.AddDays(-_random.Next(0, 6));
        return _random.NextDouble() < 0.5
            ? "on " + day.DayOfWeek.ToString()
            : "on " + day.ToString("d MMMM", CultureInfo.InvariantCulture);
    }
}
