using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Tests.Events;

/// <summary>Invented Syrian places for the small gazetteers the rule tests build (<c>using static</c> it for <see cref="P"/>).</summary>
internal static class TestPlaces
{
    /// <summary>A place of Syria: an area when its code is an ADM level, else a populated place.</summary>
    public static Place P(string id, string name, double lat, double lon, string admin1, string code = "PPL", long population = 0) =>
        new(id, name, lat, lon, code.StartsWith("ADM", StringComparison.Ordinal) ? "A" : "P", code, "SY", admin1, null, population, "test");
}
