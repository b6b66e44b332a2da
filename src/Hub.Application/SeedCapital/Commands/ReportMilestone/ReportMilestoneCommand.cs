using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.ReportMilestone;

/// <summary>
/// The grant's founder reports a tranche's milestone done, for a manager to approve, with the jobs the venture created
/// since the grant or its previous report (the donor's "jobs created" indicator counts those of approved milestones).
/// </summary>
[AllowRoles(Roles.Founder)]
public sealed record ReportMilestoneCommand(Guid GrantId, int Number, string Report, int JobsCreated = 0) : ICommand<string>;
