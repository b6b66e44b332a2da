namespace Hub.Application.SeedCapital.Queries.GetGrant;

public sealed record SeedCapitalTrancheDto(
    int Number, string Milestone, DateOnly? DueOn, SeedCapitalMoneyDto Amount, string Status, string? Report, DateTimeOffset? ReportedAt, int? JobsCreated, SeedCapitalDisbursementDto? Disbursement);
