using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Hub.Infrastructure.Common.Idempotency;

/// <summary>
/// The idempotency keys in <c>platform.idempotency_keys</c>, one statement per step so that two app instances agree:
/// the insert (or take-over of an expired or abandoned key) decides who does the work, whoever finds the key taken
/// reads what it holds (ADR 0023).
/// </summary>
public sealed class IdempotencyStore(NpgsqlDataSource dataSource, TimeProvider clock, IOptions<IdempotencyOptions> options)
{
    private const string Table = IdempotencyDbContext.Schema + ".idempotency_keys";

    // An expired key is anybody's; a key whose request never finished (the instance died) is taken over by the same request only.
    private const string ClaimSql = $"""
        INSERT INTO {Table} AS k (caller, key, method, path, request_hash, token, created_at, locked_until, expires_at)
        VALUES (@caller, @key, @method, @path, @hash, @token, @now, @lockedUntil, @expiresAt)
        ON CONFLICT (caller, key) DO UPDATE SET
            method = excluded.method, path = excluded.path, request_hash = excluded.request_hash, token = excluded.token,
            created_at = excluded.created_at, locked_until = excluded.locked_until, expires_at = excluded.expires_at,
            completed_at = NULL, status_code = NULL, headers = NULL, body = NULL
        WHERE k.expires_at <= excluded.created_at
           OR (k.completed_at IS NULL AND k.locked_until <= excluded.created_at
               AND k.method = excluded.method AND k.path = excluded.path AND k.request_hash = excluded.request_hash)
        RETURNING token
        """;

    private const string ReadSql = $"SELECT method, path, request_hash, completed_at, status_code, headers, body FROM {Table} WHERE caller = @caller AND key = @key";

    private const string CompleteSql = $"""
        UPDATE {Table} SET completed_at = @now, status_code = @status, headers = @headers, body = @body
        WHERE caller = @caller AND key = @key AND token = @token
        """;

    private const string ReleaseSql = $"DELETE FROM {Table} WHERE caller = @caller AND key = @key AND token = @token";

    private const string PurgeSql = $"DELETE FROM {Table} WHERE expires_at <= @now";

    private readonly IdempotencyOptions _options = options.Value;

    public async Task<IdempotencyClaim> ClaimAsync(IdempotentRequest request, CancellationToken cancellationToken)
    {
        // A key released between the failed insert and the read is simply tried again.
        for (var attempt = 0; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var token = Guid.CreateVersion7();
            await using (var claim = dataSource.CreateCommand(ClaimSql))
            {
                Identify(claim, request);
                claim.Parameters.AddWithValue("method", request.Method);
                claim.Parameters.AddWithValue("path", request.Path);
                claim.Parameters.AddWithValue("hash", request.BodyHash);
                claim.Parameters.AddWithValue("token", token);
                claim.Parameters.AddWithValue("now", now);
                claim.Parameters.AddWithValue("lockedUntil", now + _options.InProgressTimeout);
                claim.Parameters.AddWithValue("expiresAt", now + _options.Retention);
                if (await claim.ExecuteScalarAsync(cancellationToken) is Guid)
                {
                    return new IdempotencyClaim(IdempotencyClaimOutcome.Claimed, token);
                }
            }

            var held = await ReadAsync(request, cancellationToken);
            if (held is not null || attempt >= 2)
            {
                return held ?? new IdempotencyClaim(IdempotencyClaimOutcome.InProgress);
            }
        }
    }

    public async Task CompleteAsync(IdempotentRequest request, Guid token, StoredResponse response, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(CompleteSql);
        Identify(command, request);
        command.Parameters.AddWithValue("token", token);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        command.Parameters.AddWithValue("status", response.StatusCode);
        command.Parameters.AddWithValue("headers", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(response.Headers));
        command.Parameters.AddWithValue("body", response.Body);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Gives the key up (the work failed or answered 5xx): the next repeat does the work.</summary>
    public async Task ReleaseAsync(IdempotentRequest request, Guid token, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReleaseSql);
        Identify(command, request);
        command.Parameters.AddWithValue("token", token);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(PurgeSql);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IdempotencyClaim?> ReadAsync(IdempotentRequest request, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReadSql);
        Identify(command, request);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var sameRequest = reader.GetString(0) == request.Method && reader.GetString(1) == request.Path
            && reader.GetFieldValue<byte[]>(2).AsSpan().SequenceEqual(request.BodyHash);
        if (!sameRequest)
        {
            return new IdempotencyClaim(IdempotencyClaimOutcome.Reused);
        }

        if (await reader.IsDBNullAsync(3, cancellationToken))
        {
            return new IdempotencyClaim(IdempotencyClaimOutcome.InProgress);
        }

        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(5)) ?? [];
        var response = new StoredResponse(reader.GetInt32(4), headers, reader.GetFieldValue<byte[]>(6));
        return new IdempotencyClaim(IdempotencyClaimOutcome.Replay, Response: response);
    }

    private static void Identify(NpgsqlCommand command, IdempotentRequest request)
    {
        command.Parameters.AddWithValue("caller", request.Caller);
        command.Parameters.AddWithValue("key", request.Key);
    }
}
