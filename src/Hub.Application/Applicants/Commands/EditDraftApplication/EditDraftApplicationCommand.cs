using Hub.Application.Applicants.Queries.GetApplication;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Applicants.Commands.EditDraftApplication;

/// <summary>Replaces a draft's details. <see cref="ExpectedVersion"/> (from If-Match) guards against lost updates.</summary>
[AllowRoles(Roles.Founder, Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.ApplicationsWrite)]
public sealed record EditDraftApplicationCommand(
    Guid Id,
    uint? ExpectedVersion,
    string VentureName,
    string Sector,
    string Description,
    FounderDetails Founder,
    IReadOnlyList<TeamMemberDetails> TeamMembers) : ICommand<ApplicantsApplicationDto>, IApplicationDetails;
