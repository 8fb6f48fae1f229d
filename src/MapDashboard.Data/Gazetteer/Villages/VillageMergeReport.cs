namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>What merging Syria's village lists did.</summary>
/// <param name="WofJoinedCities500">WOF localities that are a cities500 place (same GeoNames id).</param>
/// <param name="JoinedByFold">WOF/GeoNames places that joined an OCHA community on an equal folded name.</param>
/// <param name="JoinedByArabic">... on an equal Arabic name.</param>
/// <param name="JoinedBySkeleton">... on an equal consonant skeleton.</param>
/// <param name="CommunitiesMerged">OCHA communities that absorbed at least one WOF/GeoNames place.</param>
/// <param name="Unmatched">WOF/GeoNames places kept as places of their own.</param>
/// <param name="Places">Syrian village-level places written.</param>
public sealed record VillageMergeReport(
    int Communities, int WofLocalities, int Cities500, int WofJoinedCities500,
    int JoinedByFold, int JoinedByArabic, int JoinedBySkeleton, int CommunitiesMerged, int Unmatched, int Places)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"Syria: {Communities:N0} OCHA communities, {WofLocalities:N0} WOF localities ({WofJoinedCities500:N0} of them cities500 places), {Cities500:N0} cities500 places "
        + $"-> {Places:N0} places; {JoinedByFold + JoinedByArabic + JoinedBySkeleton:N0} merged into {CommunitiesMerged:N0} communities "
        + $"(folded name {JoinedByFold:N0}, Arabic name {JoinedByArabic:N0}, skeleton {JoinedBySkeleton:N0}), {Unmatched:N0} kept apart";
}
