namespace Hub.Domain.Common;

/// <summary>A GUID wrapped in its own type so an intake id can never be passed where an application id belongs.</summary>
public interface IStronglyTypedId<TSelf>
    where TSelf : struct, IStronglyTypedId<TSelf>
{
    Guid Value { get; }

    static abstract TSelf From(Guid value);
}
