using Hub.Api.Common.OpenApi;
using Hub.Application.SeedCapital;
using Hub.Application.SeedCapital.Commands.RecordExchangeRate;
using Hub.Application.SeedCapital.Queries.GetCall;
using Hub.Application.SeedCapital.Queries.GetCallAward;
using Hub.Application.SeedCapital.Queries.GetGrant;
using Hub.Application.SeedCapital.Queries.GetProposal;
using Hub.Application.SeedCapital.Queries.ListCallProposals;
using Hub.Application.SeedCapital.Queries.ListCalls;
using Hub.Application.SeedCapital.Queries.ListGrants;
using static Hub.Api.Common.OpenApi.ExampleValues;

namespace Hub.Api.SeedCapital;

/// <summary>The 2026 seed-capital call (150 000 000 MNT, at most 15 000 000 a grant) and the dairy cooperative's funded proposal.</summary>
internal sealed class SeedCapitalOpenApiExamples : IOpenApiExampleCatalog
{
    private static readonly DateTimeOffset Opens = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = new(2026, 6, 30, 15, 59, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Awarded = new(2026, 7, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly SeedCapitalMoneyDto Requested = new(12_000_000m, "MNT");

    private static readonly Dictionary<string, decimal> Scores = new() { ["Innovation"] = 8m, ["Feasibility"] = 7.5m, ["Social impact"] = 9m };

    public static IEnumerable<TypeExample> Examples =>
    [
        TypeExample.Of(new CreateCallRequest("Seed capital 2026", "SeedCapital", new SeedCapitalMoneyRequest(150_000_000m, "MNT"), new SeedCapitalMoneyRequest(15_000_000m, "MNT"),
            6m, Opens, Closes, Closes.AddDays(14), [new CallCriterionRequest("Innovation", 2m), new CallCriterionRequest("Feasibility", 2m), new CallCriterionRequest("Social impact", 1m)], false)),
        TypeExample.Of(new CallCreatedResponse(CallId, "Open")),
        TypeExample.Of(new DraftProposalRequest(ProgrammeApplicationId, null, new SeedCapitalMoneyRequest(12_000_000m, "MNT"),
            "A shared milk cooler and a collection route for 40 herder families.",
            [new ProposalBudgetLineRequest("Milk cooler, 2 000 l", 9_000_000m), new ProposalBudgetLineRequest("Route set-up", 3_000_000m)],
            [new ProposalMilestoneRequest("Cooler installed", new DateOnly(2026, 9, 1), 9_000_000m), new ProposalMilestoneRequest("First 30 days of collection", new DateOnly(2026, 10, 15), 3_000_000m)])),
        TypeExample.Of(new ProposalStatusResponse(ProposalId, "Submitted")),
        TypeExample.Of(new AppointEvaluatorRequest(EvaluatorUserId)),
        TypeExample.Of(new EvaluatorAppointedResponse(CallId, EvaluatorUserId)),
        TypeExample.Of(new EvaluationRequest(false, Scores, "A strong team; the cold chain's running costs need a second look.")),
        TypeExample.Of(new EvaluationRecordedResponse(ProposalId, false, false)),
        TypeExample.Of(new ExchangeRateRequest(3_720.50m)),
        TypeExample.Of(new SeedCapitalExchangeRateDto("MNT", new DateOnly(2026, 9, 2), 3_720.50m, ManagerUserId, Awarded.AddDays(44))),
        TypeExample.Of(new MilestoneReportRequest("The cooler is installed at the Khongor soum collection point; photos and the invoice are attached.", 2)),
        TypeExample.Of(new TrancheStatusResponse(GrantId, 1, "Reported")),
        TypeExample.Of(new SeedCapitalCallSummaryDto(CallId, "Seed capital 2026", "SeedCapital", "Open", new(150_000_000m, "MNT"), new(15_000_000m, "MNT"), Opens, Closes, false)),
        TypeExample.Of(new SeedCapitalCallDto(CallId, "Seed capital 2026", "SeedCapital", "Open", new(150_000_000m, "MNT"), new(15_000_000m, "MNT"), 6m,
            [new SeedCapitalCriterionDto("Innovation", 2m), new SeedCapitalCriterionDto("Feasibility", 2m), new SeedCapitalCriterionDto("Social impact", 1m)],
            Opens, Closes, Closes.AddDays(14), false, [EvaluatorUserId], false, ManagerUserId, Opens.AddDays(-7), 3)),
        TypeExample.Of(new SeedCapitalProposalSummaryDto(ProposalId, CallId, ProgrammeApplicationId, FounderUserId, "Дархан Сүү хоршоо", Requested, "Submitted", Closes.AddDays(-3), true)),
        TypeExample.Of(new SeedCapitalProposalDto(ProposalId, CallId, ProgrammeApplicationId, FounderUserId, "Дархан Сүү хоршоо", Requested,
            "A shared milk cooler and a collection route for 40 herder families.",
            [new SeedCapitalBudgetLineDto("Milk cooler, 2 000 l", 9_000_000m), new SeedCapitalBudgetLineDto("Route set-up", 3_000_000m)],
            [new SeedCapitalMilestoneDto("Cooler installed", new DateOnly(2026, 9, 1), 9_000_000m), new SeedCapitalMilestoneDto("First 30 days of collection", new DateOnly(2026, 10, 15), 3_000_000m)],
            "Awarded", Opens.AddDays(3), Closes.AddDays(-3), Awarded, Requested,
            [new SeedCapitalEvaluationDto(EvaluatorUserId, false, Scores, Closes.AddDays(5), Closes.AddDays(5), "A strong team; the cold chain's running costs need a second look.")])),
        TypeExample.Of(new SeedCapitalAwardDto(CallId, [new SeedCapitalRankingEntryDto(ProposalId, 8.0m, 3, 1)], [new SeedCapitalAwardedDto(ProposalId, 12_000_000m, "MNT")],
            new(12_000_000m, "MNT"), new(138_000_000m, "MNT"), ManagerUserId, Awarded)),
        TypeExample.Of(new SeedCapitalGrantSummaryDto(GrantId, CallId, ProposalId, FounderUserId, "Дархан Сүү хоршоо", Requested, new(9_000_000m, "MNT"), 2, Awarded)),
        TypeExample.Of(new SeedCapitalGrantDto(GrantId, CallId, ProposalId, FounderUserId, "Дархан Сүү хоршоо", Requested, new(9_000_000m, "MNT"), Awarded,
            [new SeedCapitalTrancheDto(1, "Cooler installed", new DateOnly(2026, 9, 1), new(9_000_000m, "MNT"), "Released", "The cooler is installed.", Awarded.AddDays(40), 2,
                new SeedCapitalDisbursementDto(new(9_000_000m, "MNT"), new(2_419.03m, "EUR"), 3_720.50m, new DateOnly(2026, 9, 2), ManagerUserId, Awarded.AddDays(44)))],
            [new SeedCapitalAuditEntryDto(Awarded.AddDays(44), ManagerUserId, "TrancheReleased", "Tranche 1: 9 000 000 MNT at 3 720.50 MNT/EUR.")],
            5)),
    ];
}
