using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Tests;

/// <summary>A database file in a fresh temporary folder, deleted on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase(string name = "test.db")
    {
        Folder = Directory.CreateTempSubdirectory("mapdash-test-").FullName;
        Path = System.IO.Path.Combine(Folder, name);
        Factory = new SqliteConnectionFactory(Path);
    }

    public string Folder { get; }

    public string Path { get; }

    public SqliteConnectionFactory Factory { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A reader still holding the file on this machine only delays the clean-up of a temp folder.
        }
    }
}
