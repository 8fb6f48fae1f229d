using System.Globalization;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Events;
using MapDashboard.Data.Store;

namespace MapDashboard.Web.Api;

/// <summary>
/// The one validator of the API's query parameters: each reader parses one parameter and records a message naming it
/// when it is wrong, so that an endpoint reads all of its parameters and answers every mistake in one 400 problem body.
/// </summary>
public sealed class ApiParameters
{
    /// <summary>The most values a comma-separated filter may hold (each becomes one SQL parameter).</summary>
    public const int MaxListValues = 100;

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    /// <summary>Whether some parameter was wrong.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>The 400 problem naming every wrong parameter, or null when all were right.</summary>
    public IResult? Problem => HasErrors ? Results.ValidationProblem(_errors) : null;

    /// <summary>Records a message for a parameter (the first message for a parameter is kept).</summary>
    public void Fail(string name, string message) => _errors.TryAdd(name, [message]);

    /// <summary>A date in the form yyyy-MM-dd, or null when absent; <paramref name="required"/> makes absence an error.</summary>
    public DateOnly? Date(string? text, string name, bool required = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Fail(name, $"{name} is required (YYYY-MM-DD)");
            }
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Fail(name, $"'{text}' is not a date in the form YYYY-MM-DD");
        return null;
    }

    /// <summary>A window's first and last day (yyyy-MM-dd each, either absent); <c>from</c> after <c>to</c> is an error naming from.</summary>
    public (DateOnly? From, DateOnly? To) Window(string? from, string? to)
    {
        var first = Date(from, "from");
        var last = Date(to, "to");
        if (first > last)
        {
            Fail("from", string.Create(CultureInfo.InvariantCulture, $"from ({first:yyyy-MM-dd}) is after to ({last:yyyy-MM-dd})"));
        }
        return (first, last);
    }

    /// <summary>A comma-separated list of ACLED event types or sub-event types; a value that is neither is an error naming <paramref name="name"/>.</summary>
    public IReadOnlyList<string> EventTypes(string? text, string name = "type")
    {
        var values = List(text, name);
        if (values.FirstOrDefault(v => !EventType.All.Contains(v) && !EventType.SubTypes.Values.Any(s => s.Contains(v))) is { } unknown)
        {
            Fail(name, $"'{unknown}' is not an event type or sub-event type (types: {string.Join(", ", EventType.All.Order(StringComparer.Ordinal))})");
        }
        return values;
    }

    /// <summary>A bounding box minLon,minLat,maxLon,maxLat, or null when absent.</summary>
    public BoundingBox? Box(string? text, string name = "bbox")
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var parts = text.Split(',');
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
        if (parts.Length != 4 || numbers.Any(double.IsNaN))
        {
            Fail(name, $"{name} must be minLon,minLat,maxLon,maxLat");
            return null;
        }
        try
        {
            return new BoundingBox(numbers[0], numbers[1], numbers[2], numbers[3]).Validate();
        }
        catch (ArgumentException ex)
        {
            Fail(name, ex.Message);
            return null;
        }
    }

    /// <summary>An area drawn on the map, lon,lat;lon,lat;... (a simple polygon), or null when absent.</summary>
    public AreaPolygon? Area(string? text, string name = "area")
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var area = AreaPolygon.Parse(text, out var error);
        if (area is null)
        {
            Fail(name, $"{name}: {error}");
        }
        return area;
    }

    /// <summary>A page: limit 1..<paramref name="maxLimit"/> (default <paramref name="defaultLimit"/>), offset not negative.</summary>
    public (int Limit, int Offset) Paging(int? limit, int? offset, int maxLimit, int defaultLimit)
    {
        if (limit < 1 || limit > maxLimit)
        {
            Fail("limit", string.Create(CultureInfo.InvariantCulture, $"limit must be between 1 and {maxLimit}"));
        }
        if (offset is < 0)
        {
            Fail("offset", "offset must not be negative");
        }
        return (limit ?? defaultLimit, offset ?? 0);
    }

    /// <summary>A minimum confidence between 0 and 1 (0 when absent).</summary>
    public double Confidence(double? value, string name = "minConfidence")
    {
        if (value is { } v && (!double.IsFinite(v) || v < 0 || v > 1))
        {
            Fail(name, $"{name} must be between 0 and 1");
        }
        return value ?? 0;
    }

    /// <summary>A minimum number of independent reports, 1 to 1000 (1, no filter, when absent).</summary>
    public int MinReports(string? text, string name = "minReports")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 1000)
        {
            Fail(name, $"{name} must be a whole number from 1 to 1000, not '{text}'");
            return 1;
        }
        return value;
    }

    /// <summary>A comma-separated list of at most <see cref="MaxListValues"/> values (empty when absent).</summary>
    public IReadOnlyList<string> List(string? text, string name)
    {
        var values = string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (values.Length > MaxListValues)
        {
            Fail(name, $"{name} lists at most {MaxListValues} comma-separated values");
        }
        return values;
    }

    /// <summary>
    /// A date an article or event is given (publication, correction): besides the form, between 1900-01-01 and a year
    /// after today (<see cref="PlausibleDates"/>).
    /// </summary>
    public DateOnly? GivenDate(DateOnly? date, string name)
    {
        if (PlausibleDates.Refusal(date, name) is { } refusal)
        {
            Fail(name, refusal);
            return null;
        }
        return date;
    }

    /// <summary>A title and an outlet within the limits every writer shares (<see cref="ArticleFieldLimits"/>).</summary>
    /// <remarks>The same rule and message as the ingester and the corrector: the length is counted without surrounding spaces.</remarks>
    public void TitleAndOutlet(string? title, string? outlet)
    {
        if (ArticleFieldLimits.Refusal(title, null) is { } titleRefusal)
        {
            Fail("title", titleRefusal);
        }
        if (ArticleFieldLimits.Refusal(null, outlet) is { } outletRefusal)
        {
            Fail("outlet", outletRefusal);
        }
    }

    /// <summary>A text of at most <paramref name="maxLength"/> characters; <paramref name="required"/> makes absence an error.</summary>
    public string? Text(string? text, string name, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Fail(name, $"{name} is required, at most {maxLength} characters");
            }
            return null;
        }
        if (text.Length > maxLength)
        {
            Fail(name, $"{name} is at most {maxLength} characters");
        }
        return text;
    }
}
