using Hub.Domain.Common;

namespace Hub.Domain.Mentoring.Mentors;

public readonly record struct MentorId(Guid Value) : IStronglyTypedId<MentorId>
{
    public static MentorId New() => new(Guid.CreateVersion7());

    public static MentorId From(Guid value) => new(value);
}
