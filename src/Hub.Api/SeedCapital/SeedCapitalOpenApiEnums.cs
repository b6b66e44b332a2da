using Hub.Api.Common.OpenApi;
using Hub.Application.SeedCapital;
using Hub.Application.SeedCapital.Commands.RecordExchangeRate;
using Hub.Application.SeedCapital.Queries.GetCall;
using Hub.Application.SeedCapital.Queries.GetCallAward;
using Hub.Application.SeedCapital.Queries.GetGrant;
using Hub.Application.SeedCapital.Queries.GetProposal;
using Hub.Application.SeedCapital.Queries.ListCallProposals;
using Hub.Application.SeedCapital.Queries.ListCalls;
using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Grants;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Api.SeedCapital;

/// <summary>The SeedCapital DTOs' strings that come from a fixed list, as enums in the OpenAPI document.</summary>
internal sealed class SeedCapitalOpenApiEnums : IOpenApiEnumCatalog
{
    public static IEnumerable<OpenApiEnumProperty> Properties =>
    [
        OpenApiEnumProperty.For<SeedCapitalMoneyDto>(nameof(SeedCapitalMoneyDto.Currency), OpenApiEnum.Of<Currency>()),
        OpenApiEnumProperty.For<SeedCapitalAwardedDto>(nameof(SeedCapitalAwardedDto.Currency), OpenApiEnum.Of<Currency>()),
        OpenApiEnumProperty.For<SeedCapitalExchangeRateDto>(nameof(SeedCapitalExchangeRateDto.Currency), OpenApiEnum.Of<Currency>()),
        OpenApiEnumProperty.For<SeedCapitalCallDto>(nameof(SeedCapitalCallDto.Kind), OpenApiEnum.Of<CallKind>()),
        OpenApiEnumProperty.For<SeedCapitalCallDto>(nameof(SeedCapitalCallDto.Status), OpenApiEnum.Of<CallStatus>()),
        OpenApiEnumProperty.For<SeedCapitalCallSummaryDto>(nameof(SeedCapitalCallSummaryDto.Kind), OpenApiEnum.Of<CallKind>()),
        OpenApiEnumProperty.For<SeedCapitalCallSummaryDto>(nameof(SeedCapitalCallSummaryDto.Status), OpenApiEnum.Of<CallStatus>()),
        OpenApiEnumProperty.For<SeedCapitalProposalDto>(nameof(SeedCapitalProposalDto.Status), OpenApiEnum.Of<ProposalStatus>()),
        OpenApiEnumProperty.For<SeedCapitalProposalSummaryDto>(nameof(SeedCapitalProposalSummaryDto.Status), OpenApiEnum.Of<ProposalStatus>()),
        OpenApiEnumProperty.For<SeedCapitalTrancheDto>(nameof(SeedCapitalTrancheDto.Status), OpenApiEnum.Of<TrancheStatus>()),
    ];
}
