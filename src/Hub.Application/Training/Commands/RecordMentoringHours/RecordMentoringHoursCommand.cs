using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Training.Commands.RecordMentoringHours;

/// <summary>Enters a logged mentoring session in the founder's learning ledger, once per session.</summary>
[AllowSystemOnly]
public sealed record RecordMentoringHoursCommand(Guid SessionId, Guid FounderUserId, Guid MentorUserId, DateTimeOffset StartedAt, int DurationMinutes, string Format) : ICommand;
