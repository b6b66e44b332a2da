namespace Hub.Domain.SeedCapital.Proposals;

public enum ProposalStatus
{
    Draft,
    Submitted,
    Awarded,
    NotFunded,
}
