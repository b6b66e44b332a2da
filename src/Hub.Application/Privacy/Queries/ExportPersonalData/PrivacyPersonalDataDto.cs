using Hub.Application.Applicants.Contracts;
using Hub.Application.DemoDay.Contracts;
using Hub.Application.Identity.Contracts;
using Hub.Application.Mentoring.Contracts;
using Hub.Application.SeedCapital.Contracts;
using Hub.Application.Training.Contracts;

namespace Hub.Application.Privacy.Queries.ExportPersonalData;

/// <summary>Everything the hub holds about one person, one section per module.</summary>
public sealed record PrivacyPersonalDataDto(
    Guid UserId,
    DateTimeOffset ExportedAt,
    IdentityPersonalDataDto Account,
    ApplicantsPersonalDataDto Applicants,
    TrainingPersonalDataDto Training,
    MentoringPersonalDataDto Mentoring,
    SeedCapitalPersonalDataDto SeedCapital,
    DemoDayPersonalDataDto DemoDay);
