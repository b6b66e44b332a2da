namespace Hub.Infrastructure.Identity;

/// <summary>A refresh token that has been traded in once (its id is inside the token); a second try finds this row.</summary>
internal sealed class RefreshTokenUse
{
    public Guid TokenId { get; init; }

    public Guid FamilyId { get; init; }

    public Guid UserId { get; init; }

    public DateTimeOffset UsedAt { get; init; }

    /// <summary>When the token expires anyway; the row may go after that.</summary>
    public DateTimeOffset ExpiresAt { get; init; }
}
