using Mediator;

namespace Hub.Application.Applicants.Commands.DecideApplication;

public sealed record DecideApplicationCommand(Guid Id, string Decision, string Reason, uint? ExpectedVersion = null) : ICommand<string>;
