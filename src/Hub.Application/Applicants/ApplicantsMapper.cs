using Hub.Application.Applicants.Queries.GetApplication;
using Hub.Application.Applicants.Queries.GetIntake;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Common;
using Riok.Mapperly.Abstractions;

namespace Hub.Application.Applicants;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target, EnumMappingStrategy = EnumMappingStrategy.ByName)]
internal static partial class ApplicantsMapper
{
    public static partial ApplicantsApplicationDto ToDto(this ProgrammeApplication application);

    [MapperIgnoreTarget(nameof(ApplicantsIntakeDto.Status))]
    [MapperIgnoreTarget(nameof(ApplicantsIntakeDto.SeatsLeft))]
    private static partial ApplicantsIntakeDto ToDtoWithoutStatus(Intake intake);

    /// <summary>The status shown is the one the clock says, even before the deadline job has recorded it.</summary>
    public static ApplicantsIntakeDto ToDto(this Intake intake, DateTimeOffset now) =>
        ToDtoWithoutStatus(intake) with { Status = intake.StatusAt(now).ToString(), SeatsLeft = intake.SeatsLeft };

    [MapProperty(nameof(Decision.Outcome), nameof(ApplicantsDecisionDto.Decision))]
    private static partial ApplicantsDecisionDto ToDto(Decision decision);

    private static partial ApplicantsFounderDto ToDto(FounderProfile founder);

    private static partial ApplicantsTeamMemberDto ToDto(TeamMember member);

    private static Guid ToGuid(ProgrammeApplicationId id) => id.Value;

    private static Guid ToGuid(IntakeId id) => id.Value;

    private static string ToText(PhoneNumber phone) => phone.Value;

    private static string ToText(LanguageCode code) => code.Value;
}
