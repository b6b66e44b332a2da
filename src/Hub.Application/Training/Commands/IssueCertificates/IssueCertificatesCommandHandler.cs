using Hub.Application.Common.Persistence;
using Hub.Application.Identity.Contracts;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.Certificates;
using Hub.Domain.Training.Ledger;
using Hub.Domain.Training.TrainingModules;
using Mediator;
using Microsoft.Extensions.Options;

namespace Hub.Application.Training.Commands.IssueCertificates;

/// <summary>
/// Runs after the register is committed, so it counts every committed register, whatever ran at the same time. The
/// database holds one certificate per founder and module: a second issue racing this one fails and is retried,
/// and then finds the certificate.
/// </summary>
public sealed class IssueCertificatesCommandHandler(
    IRepository<Certificate> certificates,
    IReadRepository<TrainingModule> modules,
    LearningLedgers ledgers,
    ISender sender,
    IOptions<TrainingOptions> options,
    TimeProvider clock) : ICommandHandler<IssueCertificatesCommand, int>
{
    public async ValueTask<int> Handle(IssueCertificatesCommand command, CancellationToken cancellationToken)
    {
        var curriculum = (await modules.ListAsync(new TrainingModulesPageSpec(), cancellationToken)).ToDictionary(m => m.Id);
        var issued = new List<Certificate>();
        foreach (var founderUserId in command.FounderUserIds.Distinct())
        {
            var ledger = await ledgers.ForAsync(founderUserId, curriculum.Values, options.Value.CompletionRule, cancellationToken);
            var held = (await certificates.ListAsync(new CertificatesOfFounderSpec(founderUserId), cancellationToken)).Select(c => c.ModuleId).ToHashSet();
            var due = ledger.Modules.Where(m => m.Completed && !held.Contains(m.ModuleId)).ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var person = await sender.Send(new GetPersonQuery(founderUserId), cancellationToken);
            if (person is null)
            {
                continue;
            }

            issued.AddRange(due.Select(m => Certificate.Issue(founderUserId, person.FullName, curriculum[m.ModuleId], decimal.Round(m.AttendedHours, 2), clock.GetUtcNow())));
        }

        if (issued.Count > 0)
        {
            await certificates.AddRangeAsync(issued, cancellationToken);
        }

        return issued.Count;
    }
}
