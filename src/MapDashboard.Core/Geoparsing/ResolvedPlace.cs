using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// A toponym mention decided: the place it means with a confidence and a reason, or explicitly unresolved (never a
/// silent guess). Start/End index the cleaned text; OriginalStart/OriginalEnd the original article text.
/// </summary>
/// <param name="Precision">ACLED geo-precision: 1 the named place itself, 2 near or part of it, 3 only a larger region.</param>
/// <param name="Anchor">For an unresolved place the text ties to a known one ("near al-Bab"): that place (a governorate's seat
/// when the known place is a governorate named like its seat, see <paramref name="Seat"/>).</param>
/// <param name="Seat">For a governorate named like its seat ("the Hama countryside", "eastern Homs"): the seat, the point
/// analysts draw such a region at (ACLED codes "X countryside" at X, geo-precision 2); null otherwise.</param>
public sealed record ResolvedPlace(
    PlaceMention Mention,
    int OriginalStart,
    int OriginalEnd,
    string OriginalText,
    Place? Place,
    int Precision,
    double Confidence,
    string Reason,
    Place? RunnerUp,
    int CandidateCount,
    Place? Anchor = null,
    Place? Seat = null)
{
    /// <summary>Whether the mention was tied to a gazetteer place.</summary>
    public bool Resolved => Place is not null;
}
