using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Mentoring.Commands.RecordMentee;

/// <summary>Keeps Mentoring's own record of an accepted application; once per application.</summary>
[AllowSystemOnly]
public sealed record RecordMenteeCommand(
    Guid ApplicationId, Guid IntakeId, Guid FounderUserId, string FounderFullName, string VentureName, string Sector, IReadOnlyList<string> Languages, DateTimeOffset AcceptedAt)
    : ICommand;
