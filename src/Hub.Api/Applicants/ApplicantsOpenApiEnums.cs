using Hub.Api.Common.OpenApi;
using Hub.Application.Applicants.Queries.GetApplication;
using Hub.Application.Applicants.Queries.GetIntake;
using Hub.Application.Applicants.Queries.ListApplications;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Api.Applicants;

/// <summary>The Applicants DTOs' strings that come from a fixed list, as enums in the OpenAPI document.</summary>
internal sealed class ApplicantsOpenApiEnums : IOpenApiEnumCatalog
{
    public static IEnumerable<OpenApiEnumProperty> Properties =>
    [
        OpenApiEnumProperty.For<ApplicantsApplicationDto>(nameof(ApplicantsApplicationDto.Sector), OpenApiEnum.Of<Sector>()),
        OpenApiEnumProperty.For<ApplicantsApplicationDto>(nameof(ApplicantsApplicationDto.Status), OpenApiEnum.Of<ApplicationStatus>()),
        OpenApiEnumProperty.For<ApplicantsApplicationSummaryDto>(nameof(ApplicantsApplicationSummaryDto.Sector), OpenApiEnum.Of<Sector>()),
        OpenApiEnumProperty.For<ApplicantsApplicationSummaryDto>(nameof(ApplicantsApplicationSummaryDto.Status), OpenApiEnum.Of<ApplicationStatus>()),
        OpenApiEnumProperty.For<ApplicantsFounderDto>(nameof(ApplicantsFounderDto.Gender), OpenApiEnum.Of<Gender>()),
        OpenApiEnumProperty.For<ApplicantsFounderDto>(nameof(ApplicantsFounderDto.Languages), OpenApiEnum.LanguageCodes),
        OpenApiEnumProperty.For<ApplicantsDecisionDto>(nameof(ApplicantsDecisionDto.Decision), OpenApiEnum.Of<DecisionOutcome>()),
        OpenApiEnumProperty.For<ApplicantsIntakeDto>(nameof(ApplicantsIntakeDto.Status), OpenApiEnum.Of<IntakeStatus>()),
    ];
}
