namespace MapDashboard.Data.Gazetteer.Index;

/// <summary>
/// The distinct strings of a prebuilt index file, each written once and referred to by its number (-1 for null):
/// admin names, sources and keys repeat across thousands of places, and the loaded index shares one instance of each.
/// </summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    private StringTable()
    {
    }

    /// <summary>An empty table to collect a file's strings in.</summary>
    public static StringTable Empty() => new();

    /// <summary>Adds a string (nothing for null or one already there).</summary>
    public void Add(string? text)
    {
        if (text is not null && _numbers.TryAdd(text, _strings.Count))
        {
            _strings.Add(text);
        }
    }

    /// <summary>The number of a string added before, -1 for null.</summary>
    public int IndexOf(string? text) => text is null ? -1 : _numbers[text];

    /// <summary>The string of a number read from the file, null for -1.</summary>
    /// <exception cref="InvalidDataException">The number is outside the table.</exception>
    public string? At(int number) => number == -1 ? null
        : (uint)number < (uint)_strings.Count ? _strings[number]
        : throw new InvalidDataException($"string number {number} is outside the table of {_strings.Count}");

    /// <summary>Writes the count and the strings.</summary>
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(_strings.Count);
        foreach (var text in _strings)
        {
            writer.Write(text);
        }
    }

    /// <summary>Reads a table written by <see cref="WriteTo"/>.</summary>
    public static StringTable ReadFrom(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException($"negative string count {count}");
        }
        var table = new StringTable();
        table._strings.Capacity = count;
        for (var i = 0; i < count; i++)
        {
            table._strings.Add(reader.ReadString());
        }
        return table;
    }
}
