using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Api.Common.OpenApi;
using Hub.Application.Applicants.Contracts;
using Hub.Application.DemoDay.Contracts;
using Hub.Application.Identity.Contracts;
using Hub.Application.Mentoring.Contracts;
using Hub.Application.Privacy.Queries.ExportPersonalData;
using Hub.Application.Privacy.Queries.GetErasure;
using Hub.Application.SeedCapital.Contracts;
using Hub.Application.Training.Contracts;
using Hub.Domain.Privacy.Erasures;
using static Hub.Api.Common.OpenApi.ExampleValues;

namespace Hub.Api.Privacy;

/// <summary>
/// Personal data under the GDPR: the founder of the dairy cooperative downloading what the hub holds about her (her
/// account, her application, her cohort and training; the modules that hold nothing about her answer empty sections),
/// and an admin erasing a person at their request.
/// </summary>
/// <remarks>
/// The sections whose records are not in their module's <c>Contracts</c> (an application, a score sheet…) are written
/// as JSON and read into the section's contract, so that Privacy stays off the other modules' internals; reading is
/// strict (every constructor parameter given, no unknown member), so a renamed field fails at start, not silently.
/// </remarks>
internal sealed class PrivacyOpenApiExamples : IOpenApiExampleCatalog
{
    private const string FounderName = "Батбаярын Энхжаргал";

    private const string ErasureReason = "The person asked by e-mail on 8 May 2026 to be erased (GDPR art. 17).";

    private static readonly string[] Languages = ["mn", "en"];

    private static readonly DateTimeOffset Exported = new(2026, 5, 4, 7, 45, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset SessionStarts = new(2026, 4, 27, 1, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset ErasureRequested = new(2026, 5, 11, 2, 20, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IEnumerable<TypeExample> Examples =>
    [
        TypeExample.Of(new ErasePersonRequest(ErasureReason)),
        TypeExample.Of(new ErasureAcceptedResponse(ErasureLogId)),
        TypeExample.Of(new PrivacyErasureDto(ErasureLogId, FounderUserId, AdminUserId, ErasureRequested, ErasureReason, nameof(ErasureStatus.Completed), ErasureRequested.AddSeconds(3))),
        TypeExample.Of(new PrivacyPersonalDataDto(
            FounderUserId,
            Exported,
            new IdentityPersonalDataDto(
                FounderUserId,
                "founder01@demo.eu-dieh.example.org",
                FounderName,
                "+976 9911 2233",
                ["Founder"],
                Created,
                true,
                null,
                [new DateTimeOffset(2026, 5, 4, 7, 30, 0, TimeSpan.Zero)],
                [new DateTimeOffset(2026, 4, 28, 9, 5, 0, TimeSpan.Zero)]),
            Section<ApplicantsPersonalDataDto>(new
            {
                Applications = new[]
                {
                    new
                    {
                        Id = ProgrammeApplicationId,
                        IntakeId,
                        FounderUserId,
                        VentureName = "Дархан Сүү хоршоо",
                        Sector = "Agriculture",
                        Description = "Сүүний хоршоо: a dairy cooperative pooling milk from herders around Darkhan with a shared cold chain.",
                        Founder = new { FullName = FounderName, Gender = "Female", BirthYear = 1994, Soum = "Дархан", Phone = "+976 9911 2233", Languages },
                        TeamMembers = new[] { new { FullName = "Ганбаатарын Тэмүүлэн", Role = "Cold-chain engineer" }, new { FullName = "Сарангэрэл Д.", Role = "Bookkeeper" } },
                        Status = "Accepted",
                        Decision = new { Decision = "Accept", Reason = "Strong local market and a committed team.", DecidedBy = ManagerUserId, DecidedAt = Decided },
                        CreatedAt = Created,
                        UpdatedAt = Decided,
                        SubmittedAt = Submitted,
                        WithdrawnAt = (DateTimeOffset?)null,
                        Version = 4,
                    },
                },
            }),
            new TrainingPersonalDataDto(
                [new TrainingPersonalCohortDto(IntakeId, ProgrammeApplicationId, FounderName, Decided)],
                [new TrainingPersonalEnrolmentDto(ProgrammeId, "Start-up fundamentals, Darkhan cohort 1", FounderName, Decided.AddDays(2))],
                [new TrainingPersonalAttendanceDto(SessionId, "Business model canvas for herder cooperatives", SessionStarts, 180, "Present", SessionStarts.AddHours(3))],
                3.00m,
                0.00m,
                []),
            Section<MentoringPersonalDataDto>(new { MenteeRecords = Array.Empty<object>(), MentorProfile = (object?)null, Mentorships = Array.Empty<object>() }),
            Section<SeedCapitalPersonalDataDto>(new { Proposals = Array.Empty<object>(), Grants = Array.Empty<object>(), Evaluations = Array.Empty<object>() }),
            Section<DemoDayPersonalDataDto>(new { Pitches = Array.Empty<object>(), Panels = Array.Empty<object>(), ScoreSheets = Array.Empty<object>() }))),
    ];

    private static T Section<T>(object shape) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(shape, Strict), Strict)
        ?? throw new InvalidOperationException($"The {typeof(T).Name} example is empty.");
}
