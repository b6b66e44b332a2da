namespace Hub.Application.Privacy.Queries.GetErasure;

/// <summary>One entry of the erasure log: whose user id, who asked, when and why. Never the erased data itself.</summary>
public sealed record PrivacyErasureDto(
    Guid Id, Guid SubjectUserId, Guid RequestedBy, DateTimeOffset RequestedAt, string Reason, string Status, DateTimeOffset? CompletedAt);
