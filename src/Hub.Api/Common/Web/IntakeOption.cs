namespace Hub.Api.Common.Web;

public sealed record IntakeOption(Guid Id, string Name, string Status);
