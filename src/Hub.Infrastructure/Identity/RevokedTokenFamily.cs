namespace Hub.Infrastructure.Identity;

/// <summary>
/// A sign-in whose tokens no longer work: every access and refresh token descended from one login carries its family
/// id, and a refresh token used twice ends the whole family.
/// </summary>
internal sealed class RevokedTokenFamily
{
    public Guid FamilyId { get; init; }

    public Guid UserId { get; init; }

    public DateTimeOffset RevokedAt { get; init; }
}
