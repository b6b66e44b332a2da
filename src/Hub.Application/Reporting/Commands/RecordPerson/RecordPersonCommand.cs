using Hub.Application.Common.Security;
using Hub.Domain.Reporting;
using Mediator;

namespace Hub.Application.Reporting.Commands.RecordPerson;

/// <summary>Keeps a founder's anonymous attributes (gender, birth year, soum) for the breakdowns.</summary>
[AllowSystemOnly]
public sealed record RecordPersonCommand(ReportedPerson Person) : ICommand;
