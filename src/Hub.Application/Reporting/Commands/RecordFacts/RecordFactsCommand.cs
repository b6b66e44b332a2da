using Hub.Application.Common.Security;
using Hub.Domain.Reporting;
using Mediator;

namespace Hub.Application.Reporting.Commands.RecordFacts;

/// <summary>Keeps facts another module told, replacing older versions of the same keys.</summary>
[AllowSystemOnly]
public sealed record RecordFactsCommand(IReadOnlyList<ReportedFact> Facts) : ICommand;
