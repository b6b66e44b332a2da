using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Privacy.Commands.ForgetDeliveredMessages;

/// <summary>
/// Deletes the handled outbox and inbox rows of every module that mention an erased person (the copies of events such
/// as an acceptance, which carry the founder's name, and of notifications sent to them); they would be purged after
/// 14 days anyway.
/// </summary>
[AllowSystemOnly]
public sealed record ForgetDeliveredMessagesCommand(Guid UserId) : ICommand;
