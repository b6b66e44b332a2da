using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Training.Commands.IssueCertificates;

/// <summary>Issues a certificate for every module these founders have completed and hold none for; answers how many were issued.</summary>
[AllowSystemOnly]
public sealed record IssueCertificatesCommand(IReadOnlyList<Guid> FounderUserIds) : ICommand<int>;
