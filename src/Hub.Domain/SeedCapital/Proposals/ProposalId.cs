using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital.Proposals;

public readonly record struct ProposalId(Guid Value) : IStronglyTypedId<ProposalId>
{
    public static ProposalId New() => new(Guid.CreateVersion7());

    public static ProposalId From(Guid value) => new(value);
}
