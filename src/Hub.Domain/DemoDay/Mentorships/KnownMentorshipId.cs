using Hub.Domain.Common;

namespace Hub.Domain.DemoDay.Mentorships;

public readonly record struct KnownMentorshipId(Guid Value) : IStronglyTypedId<KnownMentorshipId>
{
    public static KnownMentorshipId New() => new(Guid.CreateVersion7());

    public static KnownMentorshipId From(Guid value) => new(value);
}
