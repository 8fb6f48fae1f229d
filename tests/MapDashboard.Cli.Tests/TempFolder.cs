namespace MapDashboard.Cli.Tests;

/// <summary>A fresh temporary folder for one test, removed with everything in it when disposed.</summary>
internal sealed class TempFolder(string prefix) : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory(prefix);

    /// <summary>The folder's full path.</summary>
    public string FullName => _directory.FullName;

    /// <summary>The full path of a file (or folder) of that name in it.</summary>
    public string this[string name] => Path.Combine(_directory.FullName, name);

    public void Dispose() => _directory.Delete(true);
}
