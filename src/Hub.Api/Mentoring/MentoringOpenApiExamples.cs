using Hub.Api.Common.OpenApi;
using Hub.Application.Mentoring.Queries.GetMatchingRun;
using Hub.Application.Mentoring.Queries.GetMentor;
using Hub.Application.Mentoring.Queries.GetMentorHours;
using Hub.Application.Mentoring.Queries.GetMentorship;
using static Hub.Api.Common.OpenApi.ExampleValues;

namespace Hub.Api.Mentoring;

/// <summary>A Slovenian agri-food mentor (UTC+1) matched with the Darkhan dairy cooperative, and their sessions.</summary>
internal sealed class MentoringOpenApiExamples : IOpenApiExampleCatalog
{
    private static readonly Guid MentorUserId = Guid.Parse("0193a4c2-6b1d-7e58-9a3c-0f7e2d4b8c21");
    private static readonly Guid SessionId = Guid.Parse("0193a4f4-2d7a-7c19-8b5e-6a0f3c1d9e22");
    private static readonly DateTimeOffset Proposed = new(2026, 5, 4, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Met = new(2026, 5, 18, 7, 0, 0, TimeSpan.Zero);

    public static IEnumerable<TypeExample> Examples =>
    [
        TypeExample.Of(new MentorRequest("Maja Novak", "mentor.novak@demo.eu-dieh.example.org", "SI", "Europe/Ljubljana", ["sl", "en"], ["Agriculture", "Manufacturing"], 3,
            "Ran a dairy cooperative in Pomurje for twelve years; cold chains, EU food-safety rules.")),
        TypeExample.Of(new MentorEditRequest("Maja Novak", "SI", "Europe/Ljubljana", ["sl", "en", "de"], ["Agriculture"], 4, null, true)),
        TypeExample.Of(new ConflictRequest(ProgrammeApplicationId, "Related to the founder's business partner.")),
        TypeExample.Of(new ConflictResponse(MentorId, ProgrammeApplicationId)),
        TypeExample.Of(new MatchingRunRequest(IntakeId, [new PairRequest(ProgrammeApplicationId, MentorId)], [])),
        TypeExample.Of(new MatchingRunCreatedResponse(MatchingRunId, "Queued")),
        TypeExample.Of(new PublishedRunResponse(MatchingRunId, [MentorshipId])),
        TypeExample.Of(new CloseMentorshipRequest("The cooperative signed its first supply contract with a Darkhan dairy.")),
        TypeExample.Of(new SessionRequest(Met, 60, "OneToOne", "Cold-chain costs; pricing for the supermarket", "Ask two suppliers for quotes by Friday.")),
        TypeExample.Of(new SessionConfirmationRequest(5, "Very practical.")),
        TypeExample.Of(new MentoringCreatedResponse(MentorId)),
        TypeExample.Of(new MentorshipStatusResponse(MentorshipId, "Active")),
        TypeExample.Of(new MentoringHoursDto(240, 4, 180, 60, 4m)),
        TypeExample.Of(new MentoringMentorDto(MentorId, MentorUserId, "Maja Novak", "mentor.novak@demo.eu-dieh.example.org", "SI", "Europe/Ljubljana", ["sl", "en"],
            ["Agriculture", "Manufacturing"], 3, "Ran a dairy cooperative in Pomurje for twelve years.", true, [], 2)),
        TypeExample.Of(new MentoringMatchingRunDto(MatchingRunId, IntakeId, "Completed", null, 0.875m,
            [new MentoringAssignmentDto(ProgrammeApplicationId, MentorId, 0.875m)], [],
            [new MentoringCandidateDto(ProgrammeApplicationId, MentorId, 0.875m, true, ["Shares English with the founder", "Expertise: Agriculture"])],
            [new MentoringPairDto(ProgrammeApplicationId, MentorId)], [], new DateOnly(2026, 5, 4), Proposed, Proposed.AddSeconds(3), null)),
        TypeExample.Of(new MentoringMentorshipDto(MentorshipId, MatchingRunId, MentorId, MentorUserId, ProgrammeApplicationId, IntakeId, FounderUserId, "Дархан Сүү хоршоо",
            0.875m, "Active", Proposed, Proposed.AddDays(1), null, null, 60,
            [new MentoringSessionDto(SessionId, Met, 60, "OneToOne", "Cold-chain costs; pricing for the supermarket", "Ask two suppliers for quotes by Friday.", Met.AddDays(1), 5, "Very practical.")])),
    ];
}
