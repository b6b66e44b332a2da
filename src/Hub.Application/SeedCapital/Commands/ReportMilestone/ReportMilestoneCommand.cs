using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.ReportMilestone;

/// <summary>The grant's founder reports a tranche's milestone done, for a manager to approve.</summary>
[AllowRoles(Roles.Founder)]
public sealed record ReportMilestoneCommand(Guid GrantId, int Number, string Report) : ICommand<string>;
