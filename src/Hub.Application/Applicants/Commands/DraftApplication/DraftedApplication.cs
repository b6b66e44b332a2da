namespace Hub.Application.Applicants.Commands.DraftApplication;

public sealed record DraftedApplication(Guid Id, string Status);
