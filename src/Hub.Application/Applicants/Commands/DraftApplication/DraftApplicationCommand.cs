using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Applicants.Commands.DraftApplication;

/// <summary>
/// Starts an application as a draft. A founder drafts their own; staff and partner systems with
/// <c>applications:write</c> draft for the founder named by <see cref="FounderUserId"/>.
/// </summary>
[AllowRoles(Roles.Founder, Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.ApplicationsWrite)]
public sealed record DraftApplicationCommand(
    Guid IntakeId,
    Guid? FounderUserId,
    string VentureName,
    string Sector,
    string Description,
    FounderDetails Founder,
    IReadOnlyList<TeamMemberDetails> TeamMembers) : ICommand<DraftedApplication>, IApplicationDetails;
