using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Evaluation;

/// <summary>The side of the war a territory's gainer is compared by in the ACLED agreement's gainer's-side figure.</summary>
public static class GainerSide
{
    /// <summary>
    /// The side a faction id stood on at a date: a coalition side (the government's camp, the opposition, the jihadist
    /// camp, the Islamic State, Kurdish-led or Turkish-backed forces ...) by its id; a catch-all side (foreign states,
    /// civilians, unknown) by the faction itself, so that Russia and the United States never agree; null for an id the
    /// catalogue lacks.
    /// </summary>
    public static string? Of(FactionCatalogue catalogue, string id, DateOnly date)
    {
        if (catalogue.Get(id) is not { } faction)
        {
            return null;
        }
        var top = catalogue.TopLevel(catalogue.AsOf(faction, date));
        return top.Side is "foreign-state" or "civilians" or "unknown" ? "faction:" + top.Id : top.Side;
    }
}
