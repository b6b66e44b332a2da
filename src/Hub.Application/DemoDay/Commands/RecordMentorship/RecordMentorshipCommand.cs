using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.DemoDay.Commands.RecordMentorship;

/// <summary>Remembers that a mentor mentors a venture, so they are conflicted for its pitch as a judge.</summary>
[AllowSystemOnly]
public sealed record RecordMentorshipCommand(Guid MentorshipId, Guid MentorUserId, Guid ApplicationId) : ICommand;
