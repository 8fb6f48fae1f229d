namespace MapDashboard.Data.Feeds;

/// <summary>The SQL of the feeds and feed_items tables (migration 0027), one place.</summary>
internal static class FeedSql
{
    private const string Columns = """
        id AS Id, url AS Url, name AS Name, interval_minutes AS IntervalMinutes, paused AS Paused, etag AS ETag, last_modified AS LastModified,
        last_poll AS LastPoll, last_error AS LastError, articles_taken AS ArticlesTaken
        """;

    public const string Insert = """
        INSERT INTO feeds (url, name, interval_minutes, created_at) VALUES (@Url, @Name, @IntervalMinutes, @CreatedAt)
        ON CONFLICT (url) DO NOTHING RETURNING id
        """;

    public const string List = $"SELECT {Columns} FROM feeds ORDER BY id";

    public const string Get = $"SELECT {Columns} FROM feeds WHERE id = @id";

    public const string Delete = "DELETE FROM feeds WHERE id = @id";

    public const string SetPaused = "UPDATE feeds SET paused = @paused WHERE id = @id";

    public const string RecordPoll = """
        UPDATE feeds SET etag = COALESCE(@ETag, etag), last_modified = COALESCE(@LastModified, last_modified), last_poll = @LastPoll,
               last_error = @LastError, articles_taken = articles_taken + @Taken
        WHERE id = @Id
        """;

    /// <summary>The outlet a feed belongs to is its name: an outlet renamed by an analyst takes its feeds along.</summary>
    public const string RenameOutlet = "UPDATE feeds SET name = @Name WHERE lower(name) = lower(@Current)";

    /// <summary>The feeds of the outlets whose lower-cased names are in <c>@names</c>.</summary>
    public static string OfOutlets(StoreProvider provider) => $"SELECT {Columns} FROM feeds WHERE {provider.In("lower(name)", "names")} ORDER BY id";

    /// <summary>Names a feed's outlet (its first poll names a feed added without one after the feed's own title).</summary>
    public const string SetOutlet = "UPDATE feeds SET name = @Name WHERE id = @Id";

    public const string ItemSeen = "SELECT COUNT(*) FROM feed_items WHERE feed_id = @FeedId AND item_key = @ItemKey";

    public const string MarkItem = """
        INSERT INTO feed_items (feed_id, item_key, outcome, seen_at) VALUES (@FeedId, @ItemKey, @Outcome, @SeenAt)
        ON CONFLICT (feed_id, item_key) DO NOTHING
        """;
}
