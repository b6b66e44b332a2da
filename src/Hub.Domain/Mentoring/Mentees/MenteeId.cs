using Hub.Domain.Common;

namespace Hub.Domain.Mentoring.Mentees;

/// <summary>The id of the accepted application the mentee stands for.</summary>
public readonly record struct MenteeId(Guid Value) : IStronglyTypedId<MenteeId>
{
    public static MenteeId From(Guid value) => new(value);
}
