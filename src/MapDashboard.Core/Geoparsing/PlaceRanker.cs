using System.Globalization;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Geo;
using MapDashboard.Core.Pipeline;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// Decides which place each mention means, with the article as context: name match, the kind of place the cue words
/// ask for (a governorate for "Idlib province", an air base for "Tiyas Airbase"), prominence, the article's country
/// focus, nearness to the other places of the sentence and article, and containment in a named region. A mention
/// whose best candidate is not clearly supported stays unresolved; an unknown village in a sentence with a known
/// place is anchored to it (precision 2), as analysts code it.
/// </summary>
public sealed class PlaceRanker(RankerOptions options) : IPlaceRanker
{
    private sealed record Scored(GeoCandidate Candidate, double Score);

    /// <inheritdoc />
    public IReadOnlyList<ResolvedPlace> Rank(CleanedArticle article, IReadOnlyList<MentionCandidates> mentions) =>
        Rank(mentions.Select(m => m.Mention).ToList(), mentions.Select(m => m.Candidates).ToList(), (start, end) =>
        {
            var (s, e) = article.Map.ToOriginalSpan(start, end);
            return (s, e, article.Input.OriginalText[s..e]);
        });

    /// <summary>Ranks the candidates of every mention of one article.</summary>
    public IReadOnlyList<ResolvedPlace> Rank(IReadOnlyList<PlaceMention> mentions, IReadOnlyList<IReadOnlyList<GeoCandidate>> candidates, Func<int, int, (int Start, int End, string Text)> toOriginal)
    {
        var votes = CountryVotes(mentions, candidates);
        var allVotes = TotalVotes(votes);
        var focus = Enumerable.Range(0, mentions.Count).Select(i => FocusExcluding(allVotes, votes[i])).ToList();
        var picks = new Place?[mentions.Count];
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var scored = Score(i, mentions, candidates[i], focus[i], picks, pass == 1);
                picks[i] = scored.Count > 0 && Accepts(scored) ? scored[0].Candidate.Place : null;
            }
        }

        var result = new List<ResolvedPlace>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var (start, end, text) = toOriginal(mention.Start, mention.End);
            var scored = Score(i, mentions, candidates[i], focus[i], picks, coherence: true);
            var confidence = scored.Count == 0 ? 0 : Confidence(scored);
            var top = scored.Count > 0 ? scored[0].Candidate : null;
            var runnerUp = scored.Count > 1 ? scored[1].Candidate.Place : null;
            if (top is not null && Accepts(scored))
            {
                result.Add(new ResolvedPlace(mention, start, end, text, top.Place, Precision(mention, top.Place), Math.Round(confidence, 2),
                    Reason(mention, top, scored, picks, i), runnerUp, scored.Count));
                continue;
            }
            var anchor = Anchor(i, mentions, picks);
            var why = scored.Count == 0
                ? mention.InGazetteer ? "no candidate in the area the article is about" : "presented as a place, but not in the gazetteer"
                : $"{scored.Count} candidate(s), none clearly meant (best: {Describe(top!.Place)}, confidence {confidence:F2})";
            if (anchor is not null)
            {
                why += $"; placed near {anchor.Name}, named in the same sentence";
            }
            result.Add(new ResolvedPlace(mention, start, end, text, null, anchor is null ? 0 : 2, Math.Round(confidence, 2), why, top?.Place, scored.Count, anchor));
        }
        return result;
    }

    private List<Scored> Score(int index, IReadOnlyList<PlaceMention> mentions, IReadOnlyList<GeoCandidate> candidates, Dictionary<string, double> focus, Place?[] picks, bool coherence)
    {
        var mention = mentions[index];
        var scored = new List<Scored>(candidates.Count);
        var focusTop = focus.Count == 0 ? 0 : focus.Values.Max();
        foreach (var candidate in candidates)
        {
            var place = candidate.Place;
            var score = candidate.Kind switch { MatchKind.Exact => 1.0, MatchKind.Folded => 0.9, MatchKind.Skeleton => 0.55, _ => 0.4 };
            score += TypeFit(mention, place);
            score += Prominence(place);
            var share = place.CountryCode is { } cc && focus.TryGetValue(cc, out var s) ? s : 0;
            score += 0.8 * share;
            var capitalOrCountry = place.FeatureCode is "PPLC" or "PCLI" || place.IsCountry;
            if (share == 0 && focusTop >= 0.4 && !capitalOrCountry)
            {
                score -= 0.6;
            }
            if (coherence && SameNameElsewhere(index, mentions, place, picks))
            {
                // One sense per discourse: a name means the same place throughout an article unless a cue says otherwise.
                score += 0.5;
            }
            if (coherence)
            {
                var (near, far, listMateFar) = Coherence(index, mentions, place, picks);
                score += near;
                if (far && share == 0 && !capitalOrCountry)
                {
                    score -= 0.4;
                }
                if (listMateFar && !place.IsArea && !capitalOrCountry && (mention.Cues & MentionCue.ListedPlace) != 0)
                {
                    // Places listed together lie near each other ("Aran and Tadef").
                    score -= 0.8;
                }
            }
            scored.Add(new Scored(candidate, score));
        }
        scored.Sort((a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : b.Candidate.Place.Population.CompareTo(a.Candidate.Place.Population));
        return scored;
    }

    /// <summary>Whether a cue-less mention's candidate was picked for the same name, cued as a settlement or facility, elsewhere in the article.</summary>
    private static bool SameNameElsewhere(int index, IReadOnlyList<PlaceMention> mentions, Place place, Place?[] picks)
    {
        if ((mentions[index].Cues & (MentionCue.Region | MentionCue.Direction | MentionCue.Settlement | MentionCue.Facility)) != 0)
        {
            return false;
        }
        var (from, to) = ContextOf(index, mentions.Count);
        for (var j = from; j < to; j++)
        {
            if (j != index && picks[j]?.Id == place.Id && (mentions[j].Cues & (MentionCue.Settlement | MentionCue.Facility)) != 0
                && string.Equals(mentions[j].Text, mentions[index].Text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static double TypeFit(PlaceMention mention, Place place)
    {
        var cues = mention.Cues;
        var fit = 0.0;
        if ((cues & MentionCue.Facility) != 0)
        {
            fit += place.IsAirfield ? 0.8 : -0.3;
        }
        if ((cues & MentionCue.Road) != 0)
        {
            fit += place.FeatureCode == "RD" ? 0.8 : -0.2;
        }
        if ((cues & (MentionCue.Region | MentionCue.Direction)) != 0)
        {
            fit += place.FeatureCode switch { "ADM1" => 0.6, "RGN" or "MTS" or "VAL" or "PLN" or "DSRT" => 0.5, "PCLI" => 0.2, _ => -0.2 };
        }
        else if ((cues & MentionCue.Settlement) != 0)
        {
            fit += place.FeatureClass == "P" ? 0.3 : -0.3;
        }
        else if (place.FeatureCode is "ADM1")
        {
            // A bare governorate name usually means the governorate, but "near X" / "east of X" takes X as a point.
            fit += (cues & MentionCue.Near) != 0 ? -0.2 : 0.15;
        }
        else if (place.FeatureCode is "PPLC")
        {
            fit += 0.3;
        }
        if (place.IsCountry && (cues & MentionCue.Settlement) == 0)
        {
            fit += 0.5;
        }
        return fit;
    }

    private static double Prominence(Place place) => place.FeatureCode switch
    {
        "PCLI" or "ADM1" => 0.5,
        _ when place.Source is not "geonames" => 0.35,
        _ => Math.Min(0.6, Math.Log10(place.Population + 1) / 7 * 0.6) + (place.FeatureCode is "PPLA" or "PPLC" ? 0.1 : 0),
    };

    /// <summary>Support from places already picked nearby, and whether the candidate is far from all of them.</summary>
    private (double Support, bool Far, bool SentenceMatesFar) Coherence(int index, IReadOnlyList<PlaceMention> mentions, Place place, Place?[] picks)
    {
        var support = 0.0;
        var nearest = double.MaxValue;
        var nearestInSentence = double.MaxValue;
        var (from, to) = ContextOf(index, picks.Length);
        for (var j = from; j < to; j++)
        {
            if (j == index || picks[j] is not { } other || other.Id == place.Id || other.IsCountry)
            {
                continue;
            }
            var km = GeoDistance.ApproxKilometres(place.Lat, place.Lon, other.Lat, other.Lon);
            nearest = Math.Min(nearest, km);
            var sameSentence = mentions[j].SentenceStart == mentions[index].SentenceStart;
            if (sameSentence && !other.IsArea && (mentions[j].Cues & MentionCue.ListedPlace) != 0)
            {
                nearestInSentence = Math.Min(nearestInSentence, km);
            }
            var weight = sameSentence ? 0.9 * Math.Exp(-km / options.SentenceCoherenceKm) : 0.3 * Math.Exp(-km / options.ArticleCoherenceKm);
            if (sameSentence && other.FeatureCode == "ADM1" && place.Admin1 is not null && place.Admin1 == other.Admin1 && !place.IsArea)
            {
                weight += 0.4;
            }
            support = Math.Max(support, weight);
        }
        return (support, nearest < double.MaxValue && nearest > 500, nearestInSentence < double.MaxValue && nearestInSentence > 100);
    }

    /// <summary>A pick needs enough confidence and enough support in absolute terms (a lone far-away namesake has neither).</summary>
    private bool Accepts(List<Scored> scored) => scored[0].Score >= options.MinScore && Confidence(scored) >= options.MinConfidence;

    private static double Confidence(List<Scored> scored)
    {
        var top = scored[0].Score;
        var absolute = Math.Clamp((top - 0.6) / 1.4, 0, 1);
        var separation = scored.Count == 1 ? 1 : Math.Clamp((top - scored[1].Score) / 0.5, 0, 1);
        return 0.5 * absolute + 0.5 * separation;
    }

    /// <summary>Each mention's country votes: unambiguous country names count double, ambiguous names split their vote.</summary>
    private static List<Dictionary<string, double>> CountryVotes(IReadOnlyList<PlaceMention> mentions, IReadOnlyList<IReadOnlyList<GeoCandidate>> candidates)
    {
        var result = new List<Dictionary<string, double>>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var votes = new Dictionary<string, double>(StringComparer.Ordinal);
            var list = candidates[i];
            var country = list.FirstOrDefault(c => c.Place.IsCountry && c.Kind <= MatchKind.Folded);
            if (country is not null)
            {
                votes[country.Place.CountryCode!] = 2;
            }
            else
            {
                var countries = list.Where(c => c.Kind <= MatchKind.Folded && c.Place.CountryCode is not null).Select(c => c.Place.CountryCode!).Distinct().ToList();
                foreach (var cc in countries)
                {
                    votes[cc] = 1.0 / countries.Count;
                }
            }
            result.Add(votes);
        }
        return result;
    }

    private Dictionary<string, double> TotalVotes(List<Dictionary<string, double>> votes)
    {
        var totals = new Dictionary<string, double>(options.PriorFocus, StringComparer.Ordinal);
        foreach (var vote in votes)
        {
            foreach (var (cc, v) in vote)
            {
                totals[cc] = totals.GetValueOrDefault(cc) + v;
            }
        }
        return totals;
    }

    /// <summary>The countries the rest of the article is about, as seen from one mention (its own vote left out).</summary>
    private static Dictionary<string, double> FocusExcluding(Dictionary<string, double> all, Dictionary<string, double> own)
    {
        var totals = new Dictionary<string, double>(all, StringComparer.Ordinal);
        foreach (var (cc, v) in own)
        {
            totals[cc] -= v;
            if (Math.Abs(totals[cc]) < 1e-12)
            {
                totals[cc] = 0;
            }
        }
        var sum = totals.Values.Sum();
        return sum == 0 ? totals : totals.ToDictionary(t => t.Key, t => t.Value / sum);
    }

    /// <summary>
    /// The mentions whose picks inform one mention: the whole article when it is of news length, otherwise the
    /// <see cref="ContextMentions"/> nearest in the text on either side, so that an article naming thousands of places
    /// is ranked in linear time instead of quadratic.
    /// </summary>
    private static (int From, int To) ContextOf(int index, int count) =>
        count <= 2 * ContextMentions + 1 ? (0, count) : (Math.Max(0, index - ContextMentions), Math.Min(count, index + ContextMentions + 1));

    /// <summary>Mentions on each side that inform a mention's ranking in a very long article.</summary>
    public const int ContextMentions = 200;

    private static int Precision(PlaceMention mention, Place place)
    {
        if (place.IsArea || place.FeatureCode == "RD" || (mention.Cues & MentionCue.Direction) != 0)
        {
            return 3;
        }
        return (mention.Cues & MentionCue.Near) != 0 ? 2 : 1;
    }

    /// <summary>The known point place of the same sentence an unknown village is tied to (the nearest in the text).</summary>
    private static Place? Anchor(int index, IReadOnlyList<PlaceMention> mentions, Place?[] picks)
    {
        Place? best = null;
        var bestDistance = int.MaxValue;
        var (from, to) = ContextOf(index, mentions.Count);
        for (var j = from; j < to; j++)
        {
            if (j == index || picks[j] is not { } place || mentions[j].SentenceStart != mentions[index].SentenceStart || place.IsCountry)
            {
                continue;
            }
            var distance = Math.Abs(mentions[j].Start - mentions[index].Start) + (place.IsArea || mentions[j].IsRegional ? 10_000 : 0);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = place;
            }
        }
        return best;
    }

    private static string Reason(PlaceMention mention, GeoCandidate top, List<Scored> scored, Place?[] picks, int index)
    {
        var parts = new List<string> { $"{top.Kind.ToString().ToLowerInvariant()} match on '{top.MatchedName}'", Describe(top.Place) };
        if (mention.Direction is { } direction)
        {
            parts.Add($"'{direction}' part of it");
        }
        var (from, to) = ContextOf(index, picks.Length);
        var near = Enumerable.Range(from, to - from).Select(j => (p: picks[j], j))
            .Where(x => x.j != index && x.p is { IsCountry: false } && x.p.Id != top.Place.Id)
            .Select(x => (x.p!, Km: GeoDistance.Kilometres(top.Place.Lat, top.Place.Lon, x.p!.Lat, x.p.Lon)))
            .OrderBy(x => x.Km).FirstOrDefault();
        if (near.Item1 is not null && near.Km < 150)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{near.Km:F0} km from {near.Item1.Name}"));
        }
        if (scored.Count > 1)
        {
            parts.Add($"{scored.Count - 1} other candidate(s), next: {Describe(scored[1].Candidate.Place)}");
        }
        return string.Join("; ", parts);
    }

    private static string Describe(Place place)
    {
        var kind = place.FeatureCode switch
        {
            "PCLI" => "country",
            "ADM1" => "governorate/province",
            "AIRB" => "air base",
            "AIRP" => "airport",
            "RGN" => "region",
            "MTS" => "mountains",
            "VAL" => "valley",
            "RD" => "road",
            "PPLC" => "capital",
            _ => place.Population > 0 ? string.Create(CultureInfo.InvariantCulture, $"town of {place.Population:N0}") : "locality",
        };
        var where = string.Join(", ", new[] { place.Admin1, place.CountryCode }.Where(s => !string.IsNullOrEmpty(s)));
        return where.Length > 0 ? $"{place.Name} ({kind}, {where})" : $"{place.Name} ({kind})";
    }
}
