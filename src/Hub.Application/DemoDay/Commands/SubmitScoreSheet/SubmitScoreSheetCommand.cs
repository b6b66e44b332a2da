using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Commands.SubmitScoreSheet;

/// <summary>A judge of the day scores a pitch, or revises their sheet; <see cref="ExpectedVersion"/> (If-Match) refuses a stale revision.</summary>
[AllowRoles(Roles.Judge, Roles.Mentor)]
public sealed record SubmitScoreSheetCommand(Guid DemoDayId, Guid PitchId, IReadOnlyDictionary<string, decimal> Scores, uint? ExpectedVersion = null)
    : ICommand<DemoDayScoreSheetDto>;
