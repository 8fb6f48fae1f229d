using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Tests.Gazetteer;

public sealed class SqliteGazetteerContractTests(SqliteGazetteerContractTests.Fixture fixture)
    : GazetteerContractTests(fixture), IClassFixture<SqliteGazetteerContractTests.Fixture>
{
    /// <summary>The sample gazetteer built in SQLite.</summary>
    public sealed class Fixture : GazetteerFixture
    {
        private TempDatabase? _db;

        public override async Task InitializeAsync()
        {
            _db = await BuildSampleAsync();
            Store = GazetteerStores.Open(null, _db.Path);
        }

        public override async Task<ScratchGazetteer> CreateScratchAsync()
        {
            var db = await BuildSampleAsync();
            return new ScratchGazetteer(GazetteerStores.Open(null, db.Path),
                () => new GazetteerBuilder().BuildAsync(db.Path, VillageSampleSources.Write(Path.Combine(db.Folder, "sources"))),
                () =>
                {
                    db.Dispose();
                    return ValueTask.CompletedTask;
                });
        }

        public override Task DisposeAsync()
        {
            _db?.Dispose();
            return Task.CompletedTask;
        }
    }
}
