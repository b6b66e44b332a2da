using Npgsql;
using static Hub.Baseline.BaselinePages;

namespace Hub.Baseline;

/// <summary>
/// The modules' list pages as a manager (an admin for webhooks and partner keys) reads them from the hub (every row, no filter): the same rows, columns, order
/// and JSON, read with raw Npgsql in one batch per page (page, its children where it has some, count).
/// <c>./hub bench load --check</c> compares each body with the hub's.
/// </summary>
internal static class BaselineModulePages
{
    private const string ModulesPage = "SELECT id, code, name, name_mn, planned_hours FROM training.training_modules ORDER BY created_at, code LIMIT $1 OFFSET $2";

    private const string TopicsOfPage = """
        SELECT t.module_id, t.id, t.title, t.title_mn, t.hours
        FROM training.topics t JOIN (SELECT id FROM training.training_modules ORDER BY created_at, code LIMIT $1 OFFSET $2) m ON m.id = t.module_id
        ORDER BY t.module_id, t.position
        """;

    private const string SessionsPage = """
        SELECT id, programme_id, module_id, title, starts_at, duration_minutes, mode, venue, link, trainer_user_id, attendance_taken_at IS NOT NULL
        FROM training.sessions ORDER BY starts_at, id LIMIT $1 OFFSET $2
        """;

    private const string CallsPage = """
        SELECT id, title, kind, status, budget_amount, budget_currency, max_grant_amount, max_grant_currency, opens_at, closes_at
        FROM seed_capital.calls ORDER BY closes_at DESC, id DESC LIMIT $1 OFFSET $2
        """;

    private const string GrantsPage = """
        SELECT g.id, g.call_id, g.proposal_id, g.founder_user_id, g.venture_name, g.amount_amount, g.amount_currency, t.released, t.tranches, g.awarded_at
        FROM seed_capital.grants g
        CROSS JOIN LATERAL (SELECT round(coalesce(sum(amount) FILTER (WHERE status = 'Released'), 0), 2) AS released, count(*)::int AS tranches
                            FROM seed_capital.tranches WHERE grant_id = g.id) t
        ORDER BY g.awarded_at DESC, g.id DESC LIMIT $1 OFFSET $2
        """;

    private const string DemoDaysPage = """
        SELECT id, name, held_on, venue, status, jsonb_array_length(pitches), jsonb_array_length(judges)
        FROM demo_day.demo_days ORDER BY held_on DESC, id DESC LIMIT $1 OFFSET $2
        """;

    private const string MentorsPage = """
        SELECT id, user_id, full_name, email, country, time_zone, languages, expertise, capacity, bio, active, xmin
        FROM mentoring.mentors ORDER BY full_name, id LIMIT $1 OFFSET $2
        """;

    private const string ConflictsOfPage = """
        SELECT c.mentor_id, c.application_id, c.reason, c.declared_at
        FROM mentoring.mentor_conflicts c JOIN (SELECT id FROM mentoring.mentors ORDER BY full_name, id LIMIT $1 OFFSET $2) m ON m.id = c.mentor_id
        ORDER BY c.mentor_id, c.application_id
        """;

    private const string MentorshipsPage = """
        SELECT id, matching_run_id, mentor_id, mentor_user_id, application_id, intake_id, founder_user_id, venture_name, score, status, proposed_at,
               responded_at, closed_at, outcome, (SELECT coalesce(sum(duration_minutes), 0)::int FROM mentoring.mentoring_sessions s WHERE s.mentorship_id = m.id)
        FROM mentoring.mentorships m ORDER BY proposed_at DESC, id LIMIT $1 OFFSET $2
        """;

    private const string SessionsOfPage = """
        SELECT s.mentorship_id, s.id, s.started_at, s.duration_minutes, s.format, s.topics, s.actions, s.confirmed_at, s.rating, s.comment
        FROM mentoring.mentoring_sessions s JOIN (SELECT id FROM mentoring.mentorships ORDER BY proposed_at DESC, id LIMIT $1 OFFSET $2) m ON m.id = s.mentorship_id
        ORDER BY s.mentorship_id, s.started_at
        """;

    private const string WebhooksPage = """
        SELECT id, url, events, active, disabled_reason, created_at, updated_at, xmin
        FROM webhooks.subscriptions ORDER BY created_at, id LIMIT $1 OFFSET $2
        """;

    private const string PartnerKeysPage = """
        SELECT id, name, prefix, scopes, created_at, revoked_at FROM identity.partner_keys ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2
        """;

    private static readonly TimeZoneInfo TrainingZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ulaanbaatar");

    public static async Task<IResult> TrainingModulesAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        await using var batch = Batch(database, number, size, "SELECT count(*) FROM training.training_modules", ModulesPage, TopicsOfPage);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<BaselineTrainingModule>(size);
        var byId = new Dictionary<Guid, List<BaselineTrainingTopic>>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            var topics = new List<BaselineTrainingTopic>();
            items.Add(new BaselineTrainingModule(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), topics));
            byId[reader.GetGuid(0)] = topics;
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            byId[reader.GetGuid(0)].Add(new BaselineTrainingTopic(reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetDecimal(4)));
        }

        return Results.Ok(new BaselinePage<BaselineTrainingModule>(items, number, size, await TotalAsync(reader, cancellationToken)));
    }

    public static async Task<IResult> TrainingSessionsAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        await using var batch = Batch(database, number, size, "SELECT count(*) FROM training.sessions", SessionsPage);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<BaselineTrainingSession>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (startsAt, minutes) = (reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt32(5));
            items.Add(new BaselineTrainingSession(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), startsAt, TimeZoneInfo.ConvertTime(startsAt, TrainingZone),
                startsAt.AddMinutes(minutes), TrainingZone.Id, minutes, reader.GetString(6), NullableString(reader, 7), NullableString(reader, 8), reader.GetGuid(9),
                reader.GetBoolean(10)));
        }

        return Results.Ok(new BaselinePage<BaselineTrainingSession>(items, number, size, await TotalAsync(reader, cancellationToken)));
    }

    // The status the clock says (the hub's CallForProposals.StatusAt); isEvaluator is false: the baseline has no caller, and
    // the measured caller (the demo manager) evaluates no call.
    public static async Task<IResult> CallsAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        var now = DateTimeOffset.UtcNow;
        await using var batch = Batch(database, number, size, "SELECT count(*) FROM seed_capital.calls", CallsPage);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<BaselineCall>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (status, opens, closes) = (reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(8), reader.GetFieldValue<DateTimeOffset>(9));
            status = status == "Awarded" ? "Awarded" : status == "Closed" || now >= closes ? "Closed" : status == "Open" || now >= opens ? "Open" : "Draft";
            items.Add(new BaselineCall(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), status, new BaselineMoney(reader.GetDecimal(4), reader.GetString(5)),
                new BaselineMoney(reader.GetDecimal(6), reader.GetString(7)), opens, closes, IsEvaluator: false));
        }

        return Results.Ok(new BaselinePage<BaselineCall>(items, number, size, await TotalAsync(reader, cancellationToken)));
    }

    public static async Task<IResult> GrantsAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        await using var batch = Batch(database, number, size, "SELECT count(*) FROM seed_capital.grants", GrantsPage);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<BaselineGrant>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            var currency = reader.GetString(6);
            items.Add(new BaselineGrant(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetGuid(3), reader.GetString(4), new BaselineMoney(reader.GetDecimal(5), currency),
                new BaselineMoney(reader.GetDecimal(7), currency), reader.GetInt32(8), reader.GetFieldValue<DateTimeOffset>(9)));
        }

        return Results.Ok(new BaselinePage<BaselineGrant>(items, number, size, await TotalAsync(reader, cancellationToken)));
    }

    public static async Task<IResult> DemoDaysAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        await using var batch = Batch(database, number, size, "SELECT count(*) FROM demo_day.demo_days", DemoDaysPage);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<BaselineDemoDay>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new BaselineDemoDay(
                reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), NullableString(reader, 3), reader.GetString(4), reader.GetInt32(5), reader.GetInt32(6)));
        }

        return Results.Ok(new BaselinePage<BaselineDemoDay>(items, number, size, await TotalAsync(reader, cancellationToken)));
    }

    public static async Task<IResult> MentorsAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        await using var batch = Batch(database, number, size, "SELECT count(*) FROM mentoring.mentors", MentorsPage, ConflictsOfPage);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<BaselineMentor>(size);
        var byId = new Dictionary<Guid, List<BaselineMentorConflict>>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            var conflicts = new List<BaselineMentorConflict>();
            items.Add(new BaselineMentor(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetFieldValue<string[]>(6), reader.GetFieldValue<string[]>(7), reader.GetInt32(8), reader.GetString(9), reader.GetBoolean(10), conflicts,
                reader.GetFieldValue<uint>(11)));
            byId[reader.GetGuid(0)] = conflicts;
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            byId[reader.GetGuid(0)].Add(new BaselineMentorConflict(reader.GetGuid(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return Results.Ok(new BaselinePage<BaselineMentor>(items, number, size, await TotalAsync(reader, cancellationToken)));
    }

    public static async Task<IResult> MentorshipsAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        await using var batch = Batch(database, number, size, "SELECT count(*) FROM mentoring.mentorships", MentorshipsPage, SessionsOfPage);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<BaselineMentorship>(size);
        var byId = new Dictionary<Guid, List<BaselineMentoringSession>>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            var sessions = new List<BaselineMentoringSession>();
            items.Add(new BaselineMentorship(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetGuid(3), reader.GetGuid(4), reader.GetGuid(5), reader.GetGuid(6),
                reader.GetString(7), reader.GetDecimal(8), reader.GetString(9), reader.GetFieldValue<DateTimeOffset>(10), NullableMoment(reader, 11),
                NullableMoment(reader, 12), NullableString(reader, 13), reader.GetInt32(14), sessions));
            byId[reader.GetGuid(0)] = sessions;
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            byId[reader.GetGuid(0)].Add(new BaselineMentoringSession(
                reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt32(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
                NullableMoment(reader, 7), reader.IsDBNull(8) ? null : reader.GetInt32(8), NullableString(reader, 9)));
        }

        return Results.Ok(new BaselinePage<BaselineMentorship>(items, number, size, await TotalAsync(reader, cancellationToken)));
    }

    public static async Task<IResult> WebhooksAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        await using var batch = Batch(database, number, size, "SELECT count(*) FROM webhooks.subscriptions", WebhooksPage);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<BaselineWebhook>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new BaselineWebhook(
                reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<string[]>(2), reader.GetBoolean(3), NullableString(reader, 4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetFieldValue<uint>(7)));
        }

        return Results.Ok(new BaselinePage<BaselineWebhook>(items, number, size, await TotalAsync(reader, cancellationToken)));
    }

    public static async Task<IResult> PartnerKeysAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        await using var batch = Batch(database, number, size, "SELECT count(*) FROM identity.partner_keys", PartnerKeysPage);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<BaselinePartnerKey>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new BaselinePartnerKey(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<string[]>(3), reader.GetFieldValue<DateTimeOffset>(4), NullableMoment(reader, 5)));
        }

        return Results.Ok(new BaselinePage<BaselinePartnerKey>(items, number, size, await TotalAsync(reader, cancellationToken)));
    }

    private static string? NullableString(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset? NullableMoment(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateTimeOffset>(column);
}
