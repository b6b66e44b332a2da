using System.Diagnostics;
using Npgsql;

namespace Hub.Benchmarks.Faults;

/// <summary>
/// After the fault: what the clients were told against what the database holds. Acknowledged submissions that are not
/// Submitted are lost writes; an application with two submission events was applied twice; the outbox rows written
/// since the run was prepared must all be delivered (the drain jobs and the every-minute sweep), waited for up to
/// <c>--outbox-wait</c> seconds.
/// </summary>
public static class FaultReport
{
    private const string SubmittedEvent = "Hub.Application.Applicants.Contracts.ApplicationSubmittedIntegrationEvent";

    public static async Task<int> RunAsync(FaultOptions options)
    {
        var run = await FaultRun.ReadAsync<FaultRun>(options.Text("state"));
        var outcomes = await FaultRun.ReadAsync<SubmissionOutcome[]>(options.Text("outcomes"));
        await using var database = await FaultOptions.OpenDatabaseAsync();

        var ids = outcomes.Select(o => o.ApplicationId).ToArray();
        var submitted = await SubmittedAsync(database, ids);
        var acknowledged = outcomes.Where(o => o.Acknowledged).ToList();
        var lost = acknowledged.Count(o => !submitted.Contains(o.ApplicationId));
        var withoutAnswer = outcomes.Count(o => !o.Acknowledged && submitted.Contains(o.ApplicationId));
        var duplicates = await ScalarAsync(database, """
            SELECT count(*) FROM (
                SELECT payload->>'applicationId' FROM applicants.outbox_messages
                WHERE type = $1 AND (payload->>'applicationId')::uuid = ANY($2)
                GROUP BY 1 HAVING count(*) > 1) AS twice
            """, SubmittedEvent, ids);
        var (delivered, total, waited) = await WaitForOutboxAsync(database, run.PreparedAt, options.Number("outbox-wait", 150));

        Console.WriteLine($"submissions sent:              {outcomes.Length}");
        Console.WriteLine($"acknowledged (2xx):            {acknowledged.Count}");
        Console.WriteLine($"found Submitted in database:   {acknowledged.Count - lost} of the acknowledged ({lost} lost)");
        Console.WriteLine($"saved without an answer:       {withoutAnswer} (Submitted, but the client got no 2xx)");
        Console.WriteLine($"duplicates:                    {duplicates} applications with more than one submission event");
        Console.WriteLine($"not acknowledged, by answer:   {Breakdown(outcomes.Where(o => !o.Acknowledged))}");
        Console.WriteLine($"HTTP 500 answers:              {outcomes.Count(o => o.Status == 500)}");
        Console.WriteLine($"outbox delivered:              {delivered} of {total} messages (processed_at set), {waited:0.0} s after the load");
        if (options.TextOrNull("pg-up-at") is { } upAt)
        {
            Console.WriteLine($"first delivery after restart:  {await FirstDeliveryAfterAsync(database, FaultOptions.FromEpoch(upAt))}");
        }

        return lost == 0 && duplicates == 0 && delivered == total && outcomes.All(o => o.Status != 500) ? 0 : 1;
    }

    private static string Breakdown(IEnumerable<SubmissionOutcome> failures)
    {
        var groups = failures.GroupBy(o => o.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}").ToList();
        return groups.Count == 0 ? "none" : string.Join(", ", groups);
    }

    private static async Task<HashSet<Guid>> SubmittedAsync(NpgsqlConnection database, Guid[] ids)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM applicants.applications WHERE id = ANY($1) AND status = 'Submitted'", database)
        {
            Parameters = { new() { Value = ids } },
        };
        var found = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            found.Add(reader.GetGuid(0));
        }

        return found;
    }

    private static async Task<(long Delivered, long Total, double Waited)> WaitForOutboxAsync(NpgsqlConnection database, DateTimeOffset since, double patience)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var total = await ScalarAsync(database, "SELECT count(*) FROM applicants.outbox_messages WHERE occurred_at >= $1", since);
            var delivered = await ScalarAsync(database, "SELECT count(*) FROM applicants.outbox_messages WHERE occurred_at >= $1 AND processed_at IS NOT NULL", since);
            if (delivered == total || watch.Elapsed.TotalSeconds >= patience)
            {
                return (delivered, total, watch.Elapsed.TotalSeconds);
            }

            await Task.Delay(500);
        }
    }

    private static async Task<string> FirstDeliveryAfterAsync(NpgsqlConnection database, DateTimeOffset upAt)
    {
        await using var command = new NpgsqlCommand("SELECT min(processed_at) FROM applicants.outbox_messages WHERE processed_at >= $1", database)
        {
            Parameters = { new() { Value = upAt } },
        };
        return await command.ExecuteScalarAsync() is DateTime first
            ? $"{(new DateTimeOffset(first, TimeSpan.Zero) - upAt).TotalSeconds:0.0} s after PostgreSQL was back (an outbox message processed by a job)"
            : "no message processed since PostgreSQL was back";
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection database, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, database);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }
}
