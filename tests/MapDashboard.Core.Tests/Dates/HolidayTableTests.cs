using System.Globalization;

namespace MapDashboard.Core.Tests.Dates;

/// <summary>The dated rows of holidays.tsv agree (within a day: moon sighting) with the Umm al-Qura calendar's rule.</summary>
public class HolidayTableTests
{
    [Fact]
    public void DatedEidAndRamadanRows_AreWithinADayOfTheUmmAlQuraCalendar()
    {
        var rules = new Dictionary<string, (int Month, int Day)> { ["Ramadan"] = (9, 1), ["Eid al-Fitr"] = (10, 1), ["Eid al-Adha"] = (12, 10) };
        var calendar = new UmAlQuraCalendar();
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "MapDashboard.Core", "Dates", "holidays.tsv");
        var rows = File.ReadAllLines(path).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).Where(c => c[1] != "*" && rules.ContainsKey(c[0])).ToList();
        Assert.True(rows.Count >= 45, $"{rows.Count} dated rows");
        foreach (var row in rows)
        {
            var first = DateTime.ParseExact(row[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var (month, day) = rules[row[0]];
            var hijriYear = calendar.GetYear(first);
            var rule = calendar.ToDateTime(hijriYear, month, day, 0, 0, 0, 0);
            Assert.True(Math.Abs((first - rule).TotalDays) <= 1, $"{row[0]} {row[1]}: table {first:yyyy-MM-dd}, Umm al-Qura {rule:yyyy-MM-dd}");
            Assert.False(string.IsNullOrWhiteSpace(row[4]), $"{row[0]} {row[1]} has no source");
        }
    }
}
