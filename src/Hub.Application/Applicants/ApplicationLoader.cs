using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants;

/// <summary>
/// Loads an application the caller may change, with its intake (whose window and seats the rules need), applies
/// one change to it and saves both in one transaction: the shape of every status change of an application.
/// </summary>
internal static class ApplicationLoader
{
    /// <returns>The application's status after the change.</returns>
    public static async Task<string> ChangeAsync(
        this IRepository<ProgrammeApplication> applications,
        IRepository<Intake> intakes,
        Guid id,
        Func<ProgrammeApplication?, ProgrammeApplication> authorize,
        Action<ProgrammeApplication, Intake> change,
        CancellationToken cancellationToken)
    {
        var application = authorize(await applications.GetByIdAsync(ProgrammeApplicationId.From(id), cancellationToken));
        var intake = await intakes.GetByIdAsync(application.IntakeId, cancellationToken)
            ?? throw new NotFoundException("Intake", application.IntakeId.Value);
        change(application, intake);
        await applications.SaveChangesAsync(cancellationToken);
        return application.Status.ToString();
    }
}
