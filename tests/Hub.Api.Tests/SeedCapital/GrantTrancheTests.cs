using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.SeedCapital.SeedCapitalTestData;

namespace Hub.Api.Tests.SeedCapital;

/// <summary>
/// An award becomes a grant in tranches: the founder reports a milestone, a manager approves it at the day's euro rate,
/// and every change is in the audit trail. The founder is told the outcome. No other test records today's tögrög rate.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class GrantTrancheTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_tranche_is_released_after_its_milestone_is_reported_and_approved_at_the_days_rate()
    {
        var (founder, grantId) = await factory.AwardedGrantAsync($"Tranche {Guid.NewGuid():N}");
        using (founder)
        {
            var manager = await factory.ManagerAsync();
            await factory.Notifications.WaitForAsync(n => n.RecipientUserId == founder.Id && n.Template == "seedcapital.proposal-funded", TimeSpan.FromSeconds(10));

            var path = $"{Grants}/{grantId}/tranches";

            await (await manager.Client.PostAsync($"{path}/1/approve", null)).ProblemAsync(HttpStatusCode.Conflict);
            await (await founder.Client.PostAsJsonAsync($"{path}/1/report", new { report = "Bought and installed.", jobsCreated = -1 })).ProblemAsync(HttpStatusCode.BadRequest);
            await (await founder.Client.PostAsJsonAsync($"{path}/1/report", new { report = "Bought and installed.", jobsCreated = 3 })).JsonAsync(HttpStatusCode.OK);
            await (await founder.Client.PostAsJsonAsync($"{path}/1/report", new { report = "Again." })).ProblemAsync(HttpStatusCode.Conflict);
            await (await founder.Client.PostAsJsonAsync($"{path}/3/report", new { report = "No such tranche." })).ProblemAsync(HttpStatusCode.UnprocessableEntity);

            var missing = await (await manager.Client.PostAsync($"{path}/1/approve", null)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("exchange-rate.missing", missing.Code());

            var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await (await manager.Client.PutAsJsonAsync($"/api/v1/exchange-rates/MNT/{today}", new { unitsPerEur = 3700m })).JsonAsync(HttpStatusCode.OK);
            await (await manager.Client.PostAsync($"{path}/1/approve", null)).JsonAsync(HttpStatusCode.OK);

            var grant = await (await founder.Client.GetAsync($"{Grants}/{grantId}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(10_000_000m, grant.GetProperty("amount").Amount());
            Assert.Equal(6_000_000m, grant.GetProperty("released").Amount());
            var tranche = grant.GetProperty("tranches")[0];
            Assert.Equal("Released", tranche.GetProperty("status").GetString());
            Assert.Equal(3, tranche.GetProperty("jobsCreated").GetInt32());
            var disbursement = tranche.GetProperty("disbursement");
            Assert.Equal(6_000_000m, disbursement.GetProperty("amount").Amount());
            Assert.Equal(1621.62m, disbursement.GetProperty("eurAmount").Amount());
            Assert.Equal("EUR", disbursement.GetProperty("eurAmount").GetProperty("currency").GetString());
            Assert.Equal(3700m, disbursement.GetProperty("unitsPerEur").GetDecimal());
            Assert.Equal("Pending", grant.GetProperty("tranches")[1].GetProperty("status").GetString());
            Assert.Equal(["Awarded", "MilestoneReported", "TrancheReleased"], grant.GetProperty("auditTrail").EnumerateArray().Select(a => a.GetProperty("action").GetString()));
            Assert.Equal(founder.Id, grant.GetProperty("auditTrail")[1].GetProperty("by").GetGuid());

            // The approved milestone's jobs reach the donor report's read model, as the founder's.
            var jobs = await Eventually.ValueAsync(
                () => factory.Database.ScalarAsync<decimal?>("SELECT quantity FROM reporting.facts WHERE kind = 'jobs-created' AND subject_id = $1 AND user_id = $2", grantId, founder.Id),
                q => q is not null,
                TimeSpan.FromSeconds(10));
            Assert.Equal(3m, jobs);
        }
    }
}
