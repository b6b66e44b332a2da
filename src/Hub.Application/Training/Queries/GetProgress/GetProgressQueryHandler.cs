using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.Certificates;
using Hub.Domain.Training.TrainingModules;
using Mediator;
using Microsoft.Extensions.Options;

namespace Hub.Application.Training.Queries.GetProgress;

public sealed class GetProgressQueryHandler(
    IReadRepository<TrainingModule> modules,
    IReadRepository<Certificate> certificates,
    LearningLedgers ledgers,
    IOptions<TrainingOptions> options,
    ICurrentUser currentUser) : IQueryHandler<GetProgressQuery, TrainingProgressDto>
{
    public async ValueTask<TrainingProgressDto> Handle(GetProgressQuery query, CancellationToken cancellationToken)
    {
        currentUser.EnsureCanSeeProgressOf(query.FounderUserId);
        var curriculum = await modules.ListAsync(new TrainingModulesPageSpec(), cancellationToken);
        var ledger = await ledgers.ForAsync(query.FounderUserId, curriculum, options.Value.CompletionRule, cancellationToken);
        var held = await certificates.ListAsync(new CertificatesOfFounderSpec(query.FounderUserId), cancellationToken);
        var certified = held.Select(c => c.ModuleId).ToHashSet();
        var byId = curriculum.ToDictionary(m => m.Id);
        return new TrainingProgressDto(
            query.FounderUserId,
            Hours(ledger.TotalHours),
            Hours(ledger.TrainingHours),
            Hours(ledger.MentoringHours),
            [.. ledger.Modules.Select(m => new TrainingModuleProgressDto(
                m.ModuleId.Value, byId[m.ModuleId].Code, byId[m.ModuleId].Name, m.PlannedHours, Hours(m.AttendedHours), decimal.Round(m.Share, 4),
                m.Completed || certified.Contains(m.ModuleId)))],
            [.. held.Select(c => new TrainingCertificateDto(c.Code, c.ModuleId.Value, c.Hours, c.IssuedOn))],
            new TrainingGroupMentoringDto(
                Hours(ledger.GroupMentoringMinutes / 60m),
                [.. ledger.GroupMentoringBlocks.Select(b => new TrainingGroupMentoringBlockDto(b.Number, b.PlannedHours, Hours(b.AttendedHours), b.Completed))]));
    }

    private static decimal Hours(decimal hours) => decimal.Round(hours, 2);
}
