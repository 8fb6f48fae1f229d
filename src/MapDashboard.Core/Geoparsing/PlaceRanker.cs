using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Geo;
using MapDashboard.Core.Pipeline;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// Decides which place each mention means, with the article as context: name match, the kind of place the cue words
/// ask for (a governorate for "Idlib province", the city for a bare "Idlib", an air base for "Tiyas Airbase"), the
/// sub-district, district or governorate the text names, the article's country focus, nearness to the other places
/// of the sentence and article, then prominence. Loose (skeleton) matches are only taken inside the article's region.
/// A mention whose best candidate is not clearly supported stays unresolved; an unknown village in a sentence with a
/// known place is anchored to it (precision 2), as analysts code it. Weights: <see cref="RankerWeights"/>.
/// </summary>
public sealed partial class PlaceRanker(RankerOptions options) : IPlaceRanker
{
    private readonly RankerWeights _w = options.Weights;
    private readonly GovernorateReach _reach = new(options.GovernorateReachKm, options.CityGovernorateReachKm, GeoparsingWords.Default);

    private const MentionCue LocatingCues = MentionCue.Near | MentionCue.Direction | MentionCue.Region | MentionCue.Province;

    private sealed record Scored(GeoCandidate Candidate, double Score, double AdminBonus, double Support = 0);

    private sealed record Article(IReadOnlyList<PlaceMention> Mentions, List<Dictionary<string, double>> Focus, AdminContext Admin, string? Text)
    {
        /// <summary>Each mention's consonant look-alikes (<see cref="MentionCandidates.LookAlikes"/>), when the caller gave them.</summary>
        public IReadOnlyList<IReadOnlyList<GeoCandidate>>? LookAlikes { get; init; }

        /// <summary>Each mention's candidates (for the seat of a governorate a mention was read as).</summary>
        public IReadOnlyList<IReadOnlyList<GeoCandidate>> Candidates { get; init; } = [];

        /// <summary>Each mention's region for loose matches, worked out on its first use (its focus does not change between passes).</summary>
        public HashSet<string>?[] Regions { get; } = new HashSet<string>?[Mentions.Count];

        /// <summary>Each mention whose locator decides among its readings by itself (<see cref="PlaceRanker.LocatorDecides"/>), set while locators are applied.</summary>
        public bool[] LocatorDecides { get; } = new bool[Mentions.Count];
    }

    /// <inheritdoc />
    public IReadOnlyList<ResolvedPlace> Rank(CleanedArticle article, IReadOnlyList<MentionCandidates> mentions, IReadOnlyList<(int Start, int End)> nonPlaceSpans) =>
        Rank(mentions.Select(m => m.Mention).ToList(), mentions.Select(m => m.Candidates).ToList(), (start, end) =>
        {
            var (s, e) = article.Map.ToOriginalSpan(start, end);
            return (s, e, article.Input.OriginalText[s..e]);
        }, new AdminContext(article.Text, nonPlaceSpans), article.Text, mentions.Select(m => m.LookAlikes).ToList());

    /// <summary>Ranks the candidates of every mention of one article.</summary>
    public IReadOnlyList<ResolvedPlace> Rank(IReadOnlyList<PlaceMention> mentions, IReadOnlyList<IReadOnlyList<GeoCandidate>> candidates, Func<int, int, (int Start, int End, string Text)> toOriginal) =>
        Rank(mentions, candidates, toOriginal, AdminContext.Empty, null);

    /// <summary>Ranks the candidates of every mention of one article, reading admin names from its cleaned text.</summary>
    public IReadOnlyList<ResolvedPlace> Rank(IReadOnlyList<PlaceMention> mentions, IReadOnlyList<IReadOnlyList<GeoCandidate>> candidates,
        Func<int, int, (int Start, int End, string Text)> toOriginal, string? text) =>
        Rank(mentions, candidates, toOriginal, text is null ? AdminContext.Empty : new AdminContext(text, NonPlaceSpans.Find(text)), text);

    private IReadOnlyList<ResolvedPlace> Rank(IReadOnlyList<PlaceMention> mentions, IReadOnlyList<IReadOnlyList<GeoCandidate>> candidates,
        Func<int, int, (int Start, int End, string Text)> toOriginal, AdminContext admin, string? text, IReadOnlyList<IReadOnlyList<GeoCandidate>>? lookAlikes = null)
    {
        var article = new Article(mentions, CountryFocus.PerMention(candidates, options.PriorFocus), admin, text) { LookAlikes = lookAlikes, Candidates = candidates };
        var picks = new Place?[mentions.Count];
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var scored = Score(i, article, candidates[i], picks, pass == 1);
                picks[i] = scored.Count > 0 && Accepts(scored, i, picks, article) ? scored[0].Candidate.Place : null;
            }
        }

        var seats = picks.Select((p, j) => RegionSeat.Of(p, candidates[j])).ToArray();
        var (locators, fits, dropped, where, located) = ApplyLocators(article, candidates, picks, seats);
        var far = FarFromItsSentence(article, candidates, picks, locators, dropped);
        var farPicks = picks.Select((p, j) => far[j] ? p : null).ToArray();
        var undecided = UndecidedNamesakes(article, candidates, picks, fits, dropped);
        for (var i = 0; i < picks.Length; i++)
        {
            picks[i] = far[i] || undecided[i] ? null : picks[i];
        }
        var cityOf = CityPartsElsewhere(article, picks, seats, locators, dropped, undecided);
        var result = new List<ResolvedPlace>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var (start, end, original) = toOriginal(mention.Start, mention.End);
            var scored = Score(i, article, candidates[i], picks, coherence: true, fits[i]);
            var confidence = scored.Count == 0 ? 0 : Confidence(scored);
            var top = scored.Count > 0 ? scored[0].Candidate : null;
            var runnerUp = scored.Count > 1 ? scored[1].Candidate.Place : null;
            var accepted = top is not null && !dropped[i] && !far[i] && !undecided[i] && Accepts(scored, i, picks, article);
            if (!dropped[i] && SettledByNeighbours(i, mentions, scored, accepted, picks) is { } settled)
            {
                result.Add(Settled(mention, (start, end, original), scored, settled, candidates[i]));
                continue;
            }
            if (LookAlikeInArea(i, article, scored, accepted ? top!.Place : farPicks[i], picks, located[i], dropped[i]) is { } alike)
            {
                result.Add(LookAlikePlace(mention, (start, end, original), scored, alike, candidates[i]));
                continue;
            }
            if (!accepted && !dropped[i] && SameNameDecided(i, mentions, scored, picks) is { } same)
            {
                result.Add(SameNamePlace(mention, (start, end, original), scored, same, candidates[i]));
                continue;
            }
            if (accepted)
            {
                var (from, to) = ContextOf(i, mentions.Count);
                var context = Enumerable.Range(from, to - from).Where(j => j != i && picks[j] is not null).Select(j => picks[j]!);
                var reason = RankingReasons.Picked(mention, top!, [.. scored.Skip(1).Select(s => s.Candidate)], scored[0].AdminBonus, context);
                result.Add(new ResolvedPlace(mention, start, end, original, top!.Place, Precision(mention, top.Place, text), Math.Round(confidence, 2), reason, runnerUp, scored.Count,
                    Seat: RegionSeat.Of(top.Place, candidates[i])));
                continue;
            }
            // The town the text locates this one by ("A, B and C near X", "A west of X") before the nearest place named.
            var anchorIndex = cityOf[i] >= 0 ? cityOf[i] : dropped[i] || AnchorChoice.IsPointLocator(locators[i], mentions, picks) ? locators[i] : AnchorChoice.Anchor(i, mentions, picks, where[i]);
            var anchor = anchorIndex < 0 ? null : seats[anchorIndex] ?? picks[anchorIndex];
            var why = scored.Count == 0
                ? mention.InGazetteer ? "no candidate in the area the article is about" : "presented as a place, but not in the gazetteer"
                : $"{scored.Count} candidate(s), none clearly meant (best: {RankingReasons.Describe(top!.Place)}, confidence {confidence:F2})";
            if (farPicks[i] is { } farPick)
            {
                why += $"; {farPick.Name} lies over {options.FarVillageKm:F0} km from every other place of the report";
            }
            if (anchor is not null)
            {
                why += $"; placed near {anchor.Name}, named in the same sentence";
            }
            result.Add(new ResolvedPlace(mention, start, end, original, null, anchor is null ? 0 : 2, Math.Round(confidence, 2), why, top?.Place, scored.Count, anchor));
        }
        return result;
    }

    /// <summary>
    /// From the last mention back (so a locator is settled before the place it locates): each mention's locator
    /// ("A near B", "A in the countryside of B", see <see cref="LocatorConstraint"/>), and its pick re-made among the
    /// candidates that fit it; <c>Where</c>, the test an anchor of the mention must pass (where its locator puts it).
    /// </summary>
    private (int[] Locators, Func<Place, bool>?[] Fits, bool[] Dropped, AnchorChoice.Area?[] Where, Func<Place, bool>?[] Located) ApplyLocators(Article article, IReadOnlyList<IReadOnlyList<GeoCandidate>> candidates, Place?[] picks, Place?[] seats)
    {
        var locators = Enumerable.Repeat(-1, picks.Length).ToArray();
        var fits = new Func<Place, bool>?[picks.Length];
        var dropped = new bool[picks.Length];
        var where = new AnchorChoice.Area?[picks.Length];
        var located = new Func<Place, bool>?[picks.Length];
        for (var i = picks.Length - 1; i >= 0; i--)
        {
            if ((LocatorConstraint.Find(i, article.Mentions, article.Text, picks, seats, _reach)
                    ?? ListedContainer.Locate(i, article.Mentions, article.Text, picks, seats, _reach)) is not { } found
                || (picks[i] is { FeatureCode: "PPLA" or "PPLA2" or "PPLC" } seat && found.FarKm > 0 && candidates[i].First(c => c.Place.Id == seat.Id).Kind < MatchKind.Skeleton))
            {
                // A seat of administration is a locator itself ("Manbij near the Euphrates"), not a namesake to doubt,
                // unless it shares only consonants with the name or the text makes the name a part of another city.
                continue;
            }
            (locators[i], where[i], located[i]) = (found.Index, AnchorChoice.AreaOf(found, picks[found.Index]!, article.Mentions[found.Index].Cues), found.Fits);
            // "A in eastern Hama": a namesake in that part of the governorate first (its narrow part, then the wide one,
            // then that side of the seat), then one anywhere in it.
            var inParts = InParts(i, article, candidates[i], picks, found.Parts);
            article.LocatorDecides[i] = LocatorDecides(picks[found.Index], article.Mentions[found.Index], inParts is not null);
            if (inParts is null && LookAlikeInNamedPart(i, article, candidates[i], found.Parts, found.Fits, found.OutOfReach) is { } alike)
            {
                // "A in southern Idlib" spelled as written only outside that part: the readings are namesakes, and the
                // look-alike rule takes the one look-alike inside it (LookAlikeInArea, with the name located out).
                (picks[i], dropped[i], located[i], seats[i]) = (null, true, p => p.Id == alike.Place.Id, null);
                continue;
            }
            var (scored, fit) = inParts ?? (Score(i, article, candidates[i], picks, coherence: true, found.Fits), found.Fits);
            if (scored.Count > 0 && Accepts(scored, i, picks, article) && !ShortLookAlikeOffSide(scored[0].Candidate, found.Parts))
            {
                (picks[i], fits[i]) = (scored[0].Candidate.Place, fit);
            }
            else if (picks[i] is { } shortPick && ShortLookAlikeOffSide(candidates[i].First(c => c.Place.Id == shortPick.Id), found.Parts))
            {
                (picks[i], dropped[i]) = (null, true);
            }
            else if (picks[i] is { } pick && !found.Fits(pick)
                && (candidates[i].First(c => c.Place.Id == pick.Id).Kind >= MatchKind.Skeleton || AnchorChoice.Beyond(pick, picks[found.Index]!, found.FarKm)
                    || found.OutOfReach?.Invoke(pick) == true
                    || (pick.CountryCode != picks[found.Index]!.CountryCode && (article.Mentions[found.Index].Cues & LocatingCues) != 0)))
            {
                // No reading fits the locator and this one lies far from it, in another country than a place it is near or
                // part of ("A east of Homs"; a bare "in B" may belong to another clause), or only shares consonants: a namesake elsewhere.
                (picks[i], dropped[i]) = (null, true);
            }
            seats[i] = RegionSeat.Of(picks[i], candidates[i]);
        }
        return (locators, fits, dropped, where, located);
    }

    private List<Scored> Score(int index, Article article, IReadOnlyList<GeoCandidate> candidates, Place?[] picks, bool coherence, Func<Place, bool>? fits = null)
    {
        var mentions = article.Mentions;
        var mention = mentions[index];
        var focus = article.Focus[index];
        var focusTop = focus.Count == 0 ? 0 : focus.Values.Max();
        var region = MentionNeighbours.HasLooseMatch(candidates) ? article.Regions[index] ??= CountryFocus.Region(focus, options.PriorFocus, GeoparsingWords.Default) : null;
        var container = MentionNeighbours.IsContainer(index, article.Mentions, article.Text);
        var scored = new List<Scored>(candidates.Count);
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            var place = candidate.Place;
            if (fits is not null && !fits(place))
            {
                continue;
            }
            if (candidate.Kind >= MatchKind.Skeleton && (place.CountryCode is null || !region!.Contains(place.CountryCode)))
            {
                // A loose spelling match far outside the article's region is a coincidence of consonants, not a reading.
                continue;
            }
            double admin = article.Admin.Bonus(place, mention, _w), support = admin;
            var score = CandidateFit.Match(candidate.Kind, _w) + CandidateFit.Type(mention, place, container, _w) + CandidateFit.Prominence(place, _w) + admin + DistrictSeatFit(article, index, place);
            var share = place.CountryCode is { } cc && focus.TryGetValue(cc, out var s) ? s : 0;
            score += _w.CountryFocus * share;
            var capitalOrCountry = place.FeatureCode is "PPLC" or "PCLI" || place.IsCountry;
            if (share == 0 && focusTop >= _w.OffFocusLeadShare && !capitalOrCountry)
            {
                score -= _w.OffFocusPenalty;
            }
            if (coherence && MentionNeighbours.SameNameElsewhere(index, mentions, place, picks))
            {
                // One sense per discourse: a name means the same place throughout an article unless a cue says otherwise.
                score += _w.SameNameElsewhere;
            }
            if (coherence)
            {
                var (near, far, listMateFar) = Coherence(index, mentions, place, picks);
                (score, support) = (score + near, support + near);
                if (far && share == 0 && !capitalOrCountry)
                {
                    (score, support) = (score - _w.FarFromArticlePenalty, support - _w.FarFromArticlePenalty);
                }
                if (listMateFar && !place.IsArea && !capitalOrCountry && (mention.Cues & MentionCue.ListedPlace) != 0)
                {
                    // Places listed together lie near each other ("Aran and Tadef").
                    (score, support) = (score - _w.ListMateFarPenalty, support - _w.ListMateFarPenalty);
                }
            }
            scored.Add(new Scored(candidate, score, admin, support));
        }
        KeepSeatStanding(scored, index, article, picks);
        // Equal scores: the larger population, then a seat before a plain village (Outweighs), not the order the index lists them.
        scored.Sort((a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : b.Candidate.Place.Population.CompareTo(a.Candidate.Place.Population) is var p && p != 0 ? p
            : IsSeat(b.Candidate.Place).CompareTo(IsSeat(a.Candidate.Place)));
        return scored;
    }

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
            var weight = sameSentence ? _w.SentenceSupport * Math.Exp(-km / options.SentenceCoherenceKm) : _w.ArticleSupport * Math.Exp(-km / options.ArticleCoherenceKm);
            support = Math.Max(support, weight);
        }
        return (support, nearest < double.MaxValue && nearest > _w.FarFromArticleKm, nearestInSentence < double.MaxValue && nearestInSentence > _w.ListMateFarKm);
    }

    /// <summary>
    /// The mentions whose picks inform one mention: the whole article when it is of news length, otherwise the
    /// <see cref="ContextMentions"/> nearest in the text on either side, so that an article naming thousands of places
    /// is ranked in linear time instead of quadratic.
    /// </summary>
    internal static (int From, int To) ContextOf(int index, int count) =>
        count <= 2 * ContextMentions + 1 ? (0, count) : (Math.Max(0, index - ContextMentions), Math.Min(count, index + ContextMentions + 1));

    /// <summary>Mentions on each side that inform a mention's ranking in a very long article.</summary>
    public const int ContextMentions = 200;

    private int Precision(PlaceMention mention, Place place)
    {
        if (place.IsArea || place.FeatureCode == "RD")
        {
            return 3;
        }
        if ((mention.Cues & MentionCue.Direction) != 0)
        {
            // A part of a city ("eastern Aleppo") lies within a few km of its point; a direction on anything else is regional.
            return place.FeatureClass == "P" ? 2 : 3;
        }
        return (mention.Cues & MentionCue.Near) != 0 && !IsVillage(place) ? 2 : 1;
    }
}
