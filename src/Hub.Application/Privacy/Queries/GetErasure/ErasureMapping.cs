using Hub.Domain.Privacy.Erasures;

namespace Hub.Application.Privacy.Queries.GetErasure;

internal static class ErasureMapping
{
    public static PrivacyErasureDto ToDto(this Erasure erasure) =>
        new(erasure.Id.Value, erasure.SubjectUserId, erasure.RequestedBy, erasure.RequestedAt, erasure.Reason, erasure.Status.ToString(), erasure.CompletedAt);
}
