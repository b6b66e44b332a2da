using Hub.Application.Common.Security;
using Hub.Application.DemoDay.Commands.SubmitScoreSheet;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.DemoDay.Queries.ListScoreSheets;

/// <summary>A judge's own sheets of a day (never another judge's); staff see every sheet.</summary>
[AllowRoles(Roles.Manager, Roles.Admin, Roles.Judge, Roles.Mentor)]
public sealed record ListScoreSheetsQuery(Guid DemoDayId) : IQuery<IReadOnlyList<DemoDayScoreSheetDto>>;
