using System.Runtime.InteropServices;

namespace MapDashboard.Data.Composition;

/// <summary>
/// Caps glibc's malloc arenas for the process (Linux). glibc gives a thread that finds the arenas busy a new one, up to
/// eight per core, and the native memory that SQLite and the runtime allocate from whichever pool thread runs a batch
/// spreads over them and stays fragmented: a 20,000-article ingest peaked at 654 MB resident with glibc's default and at
/// 484 MB with two arenas at the same point of the run, the managed heap being the same (BENCHMARKS.md, "Session 22,
/// lead: ingest's peak memory"). A MALLOC_ARENA_MAX the user set is left as it is; elsewhere (other C libraries,
/// other systems) nothing is done.
/// </summary>
public static class MallocArenas
{
    /// <summary>glibc's <c>M_ARENA_MAX</c> parameter of <c>mallopt</c>.</summary>
    private const int ArenaMaxParameter = -8;

    /// <summary>The arenas kept: one per core of the 2-core machines this was measured on did not cost CPU.</summary>
    public const int Default = 2;

    /// <summary>Caps the arenas at <paramref name="max"/>; true when glibc took the setting.</summary>
    public static bool Limit(int max = Default)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null)
        {
            return false;
        }
        try
        {
            return Mallopt(ArenaMaxParameter, max) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int Mallopt(int parameter, int value);
}
