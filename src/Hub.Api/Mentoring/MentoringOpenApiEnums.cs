using Hub.Api.Common.OpenApi;
using Hub.Application.Mentoring.Queries.GetMatchingRun;
using Hub.Application.Mentoring.Queries.GetMentor;
using Hub.Application.Mentoring.Queries.GetMentorship;
using Hub.Domain.Mentoring.MatchingRuns;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Api.Mentoring;

/// <summary>The Mentoring DTOs' strings that come from a fixed list, as enums in the OpenAPI document.</summary>
internal sealed class MentoringOpenApiEnums : IOpenApiEnumCatalog
{
    public static IEnumerable<OpenApiEnumProperty> Properties =>
    [
        OpenApiEnumProperty.For<MentoringMentorDto>(nameof(MentoringMentorDto.Languages), OpenApiEnum.LanguageCodes),
        OpenApiEnumProperty.For<MentoringMentorDto>(nameof(MentoringMentorDto.Expertise), OpenApiEnum.Of<ExpertiseSector>()),
        OpenApiEnumProperty.For<MentoringMatchingRunDto>(nameof(MentoringMatchingRunDto.Status), OpenApiEnum.Of<MatchingRunStatus>()),
        OpenApiEnumProperty.For<MentoringMentorshipDto>(nameof(MentoringMentorshipDto.Status), OpenApiEnum.Of<MentorshipStatus>()),
        OpenApiEnumProperty.For<MentoringSessionDto>(nameof(MentoringSessionDto.Format), OpenApiEnum.Of<SessionFormat>()),
    ];
}
