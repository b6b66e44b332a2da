using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using static Hub.Api.Tests.Security.Matrix.MatrixRequests;

namespace Hub.Api.Tests.Security.Matrix.Fixtures;

/// <summary>The Applicants module's matrix requests (table: <c>Matrix/Tables/Applicants.md</c>).</summary>
internal sealed class ApplicantsMatrixFixtures : IMatrixFixtures
{
    private const string Applications = ApplicantsTestData.Applications;

    public IReadOnlyDictionary<string, MatrixFixture> ByOperationId { get; } = new Dictionary<string, MatrixFixture>(StringComparer.Ordinal)
    {
        ["DraftApplication"] = async (world, succeeds) =>
            Post(Applications, ApplicantsTestData.ApplicationBodyFor(succeeds ? await world.NewIntakeAsync() : world.RefusedDraftIntakeId, world.Owner.Id, "Matrix Dairy")),
        ["ListApplications"] = (_, _) => Get($"{Applications}?page=1&pageSize=5"),
        ["GetApplication"] = (world, _) => Get($"{Applications}/{world.OwnersDraftId}"),
        ["EditApplication"] = (world, _) => Task.FromResult(Put($"{Applications}/{world.OwnersDraftId}", ApplicantsTestData.EditBody("Matrix Dairy Cooperative"))),
        ["SubmitApplication"] = async (world, succeeds) => Post($"{Applications}/{(succeeds ? await world.NewDraftAsync() : world.RefusedDraftId)}/submit"),
        ["DecideApplication"] = async (world, succeeds) =>
            Post($"{Applications}/{(succeeds ? await world.NewSubmittedAsync() : world.RefusedSubmittedId)}/decision", new JsonObject { ["decision"] = "Waitlist", ["reason"] = "A strong team; the intake is full of dairy ventures." }),
        ["WithdrawApplication"] = async (world, succeeds) => Post($"{Applications}/{(succeeds ? await world.NewDraftAsync() : world.RefusedDraftId)}/withdraw"),
        ["ScheduleIntake"] = (_, _) => Task.FromResult(Post(ApplicantsTestData.Intakes, ApplicantsTestData.IntakeBody(name: $"Matrix intake {Guid.NewGuid():N}"))),
        ["ListIntakes"] = (_, _) => Get($"{ApplicantsTestData.Intakes}?page=1&pageSize=5"),
        ["GetIntake"] = (world, _) => Get($"{ApplicantsTestData.Intakes}/{world.OpenIntakeId}"),
    };
}
