using Hub.Api.Common.OpenApi;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Api.SeedCapital;

public sealed record ProposalStatusResponse(Guid Id, [property: OpenApiEnum(typeof(ProposalStatus))] string Status);
