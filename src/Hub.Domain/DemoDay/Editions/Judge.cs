namespace Hub.Domain.DemoDay.Editions;

public sealed record Judge(Guid UserId, string FullName, DateTimeOffset InvitedAt);
