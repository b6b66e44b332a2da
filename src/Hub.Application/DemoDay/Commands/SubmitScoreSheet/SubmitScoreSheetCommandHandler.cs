using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.DemoDay.Specifications;
using Hub.Domain.DemoDay.Editions;
using Hub.Domain.DemoDay.Mentorships;
using Hub.Domain.DemoDay.ScoreSheets;
using Mediator;

namespace Hub.Application.DemoDay.Commands.SubmitScoreSheet;

public sealed class SubmitScoreSheetCommandHandler(
    IReadRepository<DemoDayEdition> days,
    IReadRepository<KnownMentorship> mentorships,
    IRepository<ScoreSheet> sheets,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<SubmitScoreSheetCommand, DemoDayScoreSheetDto>
{
    public async ValueTask<DemoDayScoreSheetDto> Handle(SubmitScoreSheetCommand command, CancellationToken cancellationToken)
    {
        var day = currentUser.EnsureCanSee(await days.GetByIdAsync(DemoDayEditionId.From(command.DemoDayId), cancellationToken), command.DemoDayId);
        var judge = currentUser.EnsureJudgeOf(day);
        var pitch = day.PitchOf(command.PitchId);
        if (await mentorships.IsConflictedAsync(day, judge, pitch, cancellationToken))
        {
            throw new ForbiddenException("You have a conflict of interest with this pitch and may not score it.");
        }

        var weighted = day.WeightedScoreOf(command.Scores);
        var now = clock.GetUtcNow();
        var sheet = await sheets.SingleOrDefaultAsync(new ScoreSheetOfJudgeSpec(day.Id, pitch.Id, judge), cancellationToken);
        if (sheet is null)
        {
            if (command.ExpectedVersion is not null)
            {
                throw new ConflictException("There is no sheet of yours for this pitch yet, so there is no version to match.");
            }

            sheet = ScoreSheet.Submit(day.Id, pitch.Id, judge, command.Scores, weighted, now);
            await sheets.AddAsync(sheet, cancellationToken);
        }
        else
        {
            sheet.EnsureVersion(command.ExpectedVersion);
            sheet.Revise(command.Scores, weighted, now);
            await sheets.SaveChangesAsync(cancellationToken);
        }

        return sheet.ToDto();
    }
}
