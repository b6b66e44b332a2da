using Hub.Domain.Common;

namespace Hub.Domain.Mentoring.Mentorships;

public readonly record struct MentorshipId(Guid Value) : IStronglyTypedId<MentorshipId>
{
    public static MentorshipId New() => new(Guid.CreateVersion7());

    public static MentorshipId From(Guid value) => new(value);
}
