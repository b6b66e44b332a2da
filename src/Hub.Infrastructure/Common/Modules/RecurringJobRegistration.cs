namespace Hub.Infrastructure.Common.Modules;

/// <summary>A recurring job of a module: its stable id (e.g. <c>applicants.intake-sweep</c>) and cron schedule (UTC).</summary>
internal sealed record RecurringJobRegistration(Type JobType, string Id, string Cron);
