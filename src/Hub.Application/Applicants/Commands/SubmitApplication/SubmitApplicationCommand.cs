using Mediator;

namespace Hub.Application.Applicants.Commands.SubmitApplication;

public sealed record SubmitApplicationCommand(Guid Id) : ICommand<string>;
