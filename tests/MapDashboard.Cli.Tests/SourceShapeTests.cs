namespace MapDashboard.Cli.Tests;

/// <summary>Issue 15: no hand-written source file in src/ grows past 300 lines (SQL, data files and CSS excepted).</summary>
public class SourceShapeTests
{
    private static readonly string[] HandWritten = [".cs", ".razor", ".js"];

    [Fact]
    public void NoHandWrittenSourceFile_IsOver300Lines()
    {
        var root = Data.RepositoryLayout.Discover()?.Root ?? throw new InvalidOperationException("Run the tests inside the checkout.");
        var src = Path.Combine(root, "src");
        var files = Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories)
            .Where(f => HandWritten.Contains(Path.GetExtension(f), StringComparer.Ordinal))
            .Where(f => !Path.GetRelativePath(src, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or "lib"))
            .ToList();

        var over = files.Select(f => (File: Path.GetRelativePath(src, f), Lines: File.ReadLines(f).Count())).Where(f => f.Lines > 300).ToList();

        Assert.True(files.Count > 100, $"only {files.Count} source files found under {src}");
        Assert.True(over.Count == 0, string.Join("; ", over.Select(f => $"{f.File}: {f.Lines} lines")));
    }
}
