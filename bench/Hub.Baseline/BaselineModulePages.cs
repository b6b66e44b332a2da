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

    public static Task<IResult> TrainingModulesAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken) =>
        PageAsync(
            database, page, pageSize, "SELECT count(*) FROM training.training_modules", ModulesPage, TopicsOfPage,
            (r, topics) => new BaselineTrainingModule(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), topics),
            r => new BaselineTrainingTopic(r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetDecimal(4)),
            cancellationToken);

    public static Task<IResult> TrainingSessionsAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken) =>
        PageAsync(
            database, page, pageSize, "SELECT count(*) FROM training.sessions", SessionsPage,
            r =>
            {
                var (startsAt, minutes) = (r.GetFieldValue<DateTimeOffset>(4), r.GetInt32(5));
                return new BaselineTrainingSession(
                    r.GetGuid(0), r.GetGuid(1), r.GetGuid(2), r.GetString(3), startsAt, TimeZoneInfo.ConvertTime(startsAt, TrainingZone), startsAt.AddMinutes(minutes),
                    TrainingZone.Id, minutes, r.GetString(6), NullableString(r, 7), NullableString(r, 8), r.GetGuid(9), r.GetBoolean(10));
            },
            cancellationToken);

    // The status the clock says (the hub's CallForProposals.StatusAt); isEvaluator is false: the baseline has no caller, and
    // the measured caller (the demo manager) evaluates no call.
    public static Task<IResult> CallsAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        return PageAsync(
            database, page, pageSize, "SELECT count(*) FROM seed_capital.calls", CallsPage,
            r =>
            {
                var (status, opens, closes) = (r.GetString(3), r.GetFieldValue<DateTimeOffset>(8), r.GetFieldValue<DateTimeOffset>(9));
                status = status == "Awarded" ? "Awarded" : status == "Closed" || now >= closes ? "Closed" : status == "Open" || now >= opens ? "Open" : "Draft";
                return new BaselineCall(
                    r.GetGuid(0), r.GetString(1), r.GetString(2), status, new BaselineMoney(r.GetDecimal(4), r.GetString(5)),
                    new BaselineMoney(r.GetDecimal(6), r.GetString(7)), opens, closes, IsEvaluator: false);
            },
            cancellationToken);
    }

    public static Task<IResult> GrantsAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken) =>
        PageAsync(
            database, page, pageSize, "SELECT count(*) FROM seed_capital.grants", GrantsPage,
            r => new BaselineGrant(
                r.GetGuid(0), r.GetGuid(1), r.GetGuid(2), r.GetGuid(3), r.GetString(4), new BaselineMoney(r.GetDecimal(5), r.GetString(6)),
                new BaselineMoney(r.GetDecimal(7), r.GetString(6)), r.GetInt32(8), r.GetFieldValue<DateTimeOffset>(9)),
            cancellationToken);

    public static Task<IResult> DemoDaysAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken) =>
        PageAsync(
            database, page, pageSize, "SELECT count(*) FROM demo_day.demo_days", DemoDaysPage,
            r => new BaselineDemoDay(r.GetGuid(0), r.GetString(1), r.GetFieldValue<DateOnly>(2), NullableString(r, 3), r.GetString(4), r.GetInt32(5), r.GetInt32(6)),
            cancellationToken);

    public static Task<IResult> MentorsAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken) =>
        PageAsync(
            database, page, pageSize, "SELECT count(*) FROM mentoring.mentors", MentorsPage, ConflictsOfPage,
            (r, conflicts) => new BaselineMentor(
                r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetFieldValue<string[]>(6),
                r.GetFieldValue<string[]>(7), r.GetInt32(8), r.GetString(9), r.GetBoolean(10), conflicts, r.GetFieldValue<uint>(11)),
            r => new BaselineMentorConflict(r.GetGuid(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3)),
            cancellationToken);

    public static Task<IResult> MentorshipsAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken) =>
        PageAsync(
            database, page, pageSize, "SELECT count(*) FROM mentoring.mentorships", MentorshipsPage, SessionsOfPage,
            (r, sessions) => new BaselineMentorship(
                r.GetGuid(0), r.GetGuid(1), r.GetGuid(2), r.GetGuid(3), r.GetGuid(4), r.GetGuid(5), r.GetGuid(6), r.GetString(7), r.GetDecimal(8),
                r.GetString(9), r.GetFieldValue<DateTimeOffset>(10), NullableMoment(r, 11), NullableMoment(r, 12), NullableString(r, 13), r.GetInt32(14), sessions),
            r => new BaselineMentoringSession(
                r.GetGuid(1), r.GetFieldValue<DateTimeOffset>(2), r.GetInt32(3), r.GetString(4), r.GetString(5), r.GetString(6), NullableMoment(r, 7),
                r.IsDBNull(8) ? null : r.GetInt32(8), NullableString(r, 9)),
            cancellationToken);

    public static Task<IResult> WebhooksAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken) =>
        PageAsync(
            database, page, pageSize, "SELECT count(*) FROM webhooks.subscriptions", WebhooksPage,
            r => new BaselineWebhook(
                r.GetGuid(0), r.GetString(1), r.GetFieldValue<string[]>(2), r.GetBoolean(3), NullableString(r, 4), r.GetFieldValue<DateTimeOffset>(5),
                r.GetFieldValue<DateTimeOffset>(6), r.GetFieldValue<uint>(7)),
            cancellationToken);

    public static Task<IResult> PartnerKeysAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken) =>
        PageAsync(
            database, page, pageSize, "SELECT count(*) FROM identity.partner_keys", PartnerKeysPage,
            r => new BaselinePartnerKey(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetFieldValue<string[]>(3), r.GetFieldValue<DateTimeOffset>(4), NullableMoment(r, 5)),
            cancellationToken);

    private static string? NullableString(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset? NullableMoment(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateTimeOffset>(column);
}
