using Npgsql;

namespace Hub.Baseline;

/// <summary>
/// <c>GET /api/v1/auth/me</c>'s twin: the account's id, e-mail, name, role names (in order) and language, in one
/// statement. The hub knows the caller from the token; the twin, which has none, is told the e-mail.
/// </summary>
internal sealed record BaselinePerson(Guid Id, string Email, string FullName, IReadOnlyList<string> Roles, string Culture)
{
    private const string Sql = """
        SELECT u.id, u.email, u.full_name, u.preferred_culture,
               ARRAY(SELECT r.name FROM identity.user_roles ur JOIN identity.roles r ON r.id = ur.role_id WHERE ur.user_id = u.id ORDER BY r.name)
        FROM identity.users u WHERE u.normalized_email = upper($1) LIMIT 1
        """;

    public static async Task<IResult> FindAsync(NpgsqlDataSource database, string email, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = email });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return Results.NotFound();
        }

        var roles = reader.GetFieldValue<string[]>(4);
        var chosen = reader.IsDBNull(3) ? null : reader.GetString(3);
        // The hub's NotificationCultures.For: the person's choice, else Mongolian for founders and people without a role.
        var culture = chosen is "mn" or "en" ? chosen : roles.Length == 0 || roles.Contains("Founder") ? "mn" : "en";
        return Results.Ok(new BaselinePerson(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), roles, culture));
    }
}
