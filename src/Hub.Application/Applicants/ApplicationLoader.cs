using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants;

/// <summary>Loads an application the caller may change, with its intake (whose window and seats the rules need).</summary>
internal static class ApplicationLoader
{
    public static async Task<(ProgrammeApplication Application, Intake Intake)> LoadForChangeAsync(
        this IRepository<ProgrammeApplication> applications,
        IRepository<Intake> intakes,
        Guid id,
        Func<ProgrammeApplication?, ProgrammeApplication> authorize,
        CancellationToken cancellationToken)
    {
        var application = authorize(await applications.GetByIdAsync(ProgrammeApplicationId.From(id), cancellationToken));
        var intake = await intakes.GetByIdAsync(application.IntakeId, cancellationToken)
            ?? throw new NotFoundException("Intake", application.IntakeId.Value);
        return (application, intake);
    }
}
