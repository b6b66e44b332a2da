using Mediator;

namespace Hub.Application.Applicants.Commands.WithdrawApplication;

public sealed record WithdrawApplicationCommand(Guid Id) : ICommand<string>;
