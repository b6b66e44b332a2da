namespace Hub.Infrastructure.Common.Messaging;

internal static class QueuedMessageSql
{
    /// <summary>
    /// Claims up to <paramref name="limit"/> due messages of a module's queue table, oldest first, with
    /// <c>FOR UPDATE SKIP LOCKED</c>: drains side by side (other workers, other app instances) never take the same
    /// row. The schema, table and numbers are the module's own constants; the time is parameter {0}.
    /// </summary>
    public static string ClaimDue(string schema, string table, int limit) => $$"""
        SELECT * FROM "{{schema}}"."{{table}}"
        WHERE processed_at IS NULL AND attempts < {{QueuedMessage.MaxAttempts}} AND (next_attempt_at IS NULL OR next_attempt_at <= {0})
        ORDER BY occurred_at
        LIMIT {{limit}}
        FOR UPDATE SKIP LOCKED
        """;

    /// <summary>Deletes a module's handled messages whose payload mentions a value (parameter {0}, a LIKE pattern).</summary>
    public static string DeleteHandledMentioning(string schema, string table) => $$"""
        DELETE FROM "{{schema}}"."{{table}}" WHERE processed_at IS NOT NULL AND payload::text LIKE {0}
        """;
}
