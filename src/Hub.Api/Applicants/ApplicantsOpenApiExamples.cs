using Hub.Api.Common.OpenApi;
using Hub.Application.Applicants.Queries.GetApplication;
using Hub.Application.Applicants.Queries.GetIntake;
using Hub.Application.Applicants.Queries.ListApplications;
using static Hub.Api.Common.OpenApi.ExampleValues;

namespace Hub.Api.Applicants;

/// <summary>The Applicants requests and answers as a partner sees them: a dairy cooperative applying to the spring intake.</summary>
internal sealed class ApplicantsOpenApiExamples : IOpenApiExampleCatalog
{
    private static readonly FounderRequest Founder = new("Батбаярын Энхжаргал", "Female", 1994, "Дархан", "+976 9911 2233", ["mn", "en"]);

    private static readonly TeamMemberRequest[] Team = [new("Ганбаатарын Тэмүүлэн", "Cold-chain engineer"), new("Сарангэрэл Д.", "Bookkeeper")];

    private const string Description = "Сүүний хоршоо: a dairy cooperative pooling milk from herders around Darkhan with a shared cold chain.";

    public static IEnumerable<TypeExample> Examples =>
    [
        TypeExample.Of(new ScheduleIntakeRequest("Spring 2026 intake", IntakeOpens, IntakeCloses, 30)),
        TypeExample.Of(new IntakeCreatedResponse(IntakeId, "Scheduled")),
        TypeExample.Of(new ApplicationRequest(IntakeId, null, "Дархан Сүү хоршоо", "Agriculture", Description, Founder, Team)),
        TypeExample.Of(new ApplicationEditRequest("Дархан Сүү хоршоо ХХК", "Agriculture", Description, Founder, Team)),
        TypeExample.Of(new DecisionRequest("Accept", "Strong local market and a committed team.")),
        TypeExample.Of(new ApplicationStatusResponse(ProgrammeApplicationId, "Submitted")),
        TypeExample.Of(new ApplicantsIntakeDto(IntakeId, "Spring 2026 intake", IntakeOpens, IntakeCloses, 30, 12, 18, "Open", Created, 7)),
        TypeExample.Of(new ApplicantsApplicationSummaryDto(ProgrammeApplicationId, IntakeId, FounderUserId, "Батбаярын Энхжаргал", "Дархан Сүү хоршоо", "Agriculture", "Submitted", Created, Submitted)),
        TypeExample.Of(new ApplicantsApplicationDto(
            ProgrammeApplicationId,
            IntakeId,
            FounderUserId,
            "Дархан Сүү хоршоо",
            "Agriculture",
            Description,
            new ApplicantsFounderDto(Founder.FullName, Founder.Gender, Founder.BirthYear, Founder.Soum, Founder.Phone, Founder.Languages!),
            [.. Team.Select(m => new ApplicantsTeamMemberDto(m.FullName, m.Role))],
            "Accepted",
            new ApplicantsDecisionDto("Accept", "Strong local market and a committed team.", ManagerUserId, Decided),
            Created,
            Decided,
            Submitted,
            null,
            4)),
    ];
}
