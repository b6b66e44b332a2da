using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Exceptions;
using Hub.Application.DemoDay.Contracts;
using Hub.Application.Identity.Contracts;
using Hub.Application.Mentoring.Contracts;
using Hub.Application.SeedCapital.Contracts;
using Hub.Application.Training.Contracts;
using Mediator;

namespace Hub.Application.Privacy.Queries.ExportPersonalData;

/// <summary>
/// Asks every module for what it holds about a person, through each module's export query in its <c>Contracts</c>.
/// A new module that holds personal data adds one such query and one line here (and a section to the document).
/// </summary>
public sealed class PersonalDataExport(ISender sender, TimeProvider clock)
{
    public async Task<PrivacyPersonalDataDto> ForAsync(Guid userId, CancellationToken cancellationToken)
    {
        var account = await sender.Send(new ExportIdentityPersonalDataQuery(userId), cancellationToken) ?? throw new NotFoundException("Person", userId);
        return new PrivacyPersonalDataDto(
            userId,
            clock.GetUtcNow(),
            account,
            await sender.Send(new ExportApplicantsPersonalDataQuery(userId), cancellationToken),
            await sender.Send(new ExportTrainingPersonalDataQuery(userId), cancellationToken),
            await sender.Send(new ExportMentoringPersonalDataQuery(userId), cancellationToken),
            await sender.Send(new ExportSeedCapitalPersonalDataQuery(userId), cancellationToken),
            await sender.Send(new ExportDemoDayPersonalDataQuery(userId), cancellationToken));
    }
}
