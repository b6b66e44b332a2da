using Hub.Api.Tests.Infrastructure;
using Hub.Application.Applicants.Contracts;
using Hub.Infrastructure.Common.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Applicants.Contracts;

/// <summary>How other modules read the cohort: only accepted applications, filtered as asked.</summary>
[Collection(HubCollection.Name)]
public sealed class ListAcceptedApplicationsQueryTests(HubApiFactory factory)
{
    [Fact]
    public async Task Lists_the_accepted_applications_of_an_intake_with_the_founders_name()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (accepted, acceptedId) = await factory.AcceptedApplicationAsync(intakeId, "Darkhan Felt");
        var (submitted, _) = await factory.SubmittedApplicationAsync(intakeId);
        using (accepted)
        using (submitted)
        {
            var cohort = await SendAsync(new ListAcceptedApplicationsQuery(IntakeId: intakeId));

            var only = Assert.Single(cohort);
            Assert.Equal((acceptedId, accepted.Id, "Darkhan Felt", intakeId), (only.ApplicationId, only.FounderUserId, only.VentureName, only.IntakeId));
            Assert.False(string.IsNullOrWhiteSpace(only.FounderFullName));
            Assert.NotEmpty(only.Languages);
            Assert.Single(await SendAsync(new ListAcceptedApplicationsQuery(ApplicationIds: [acceptedId, Guid.NewGuid()])));
            Assert.Single(await SendAsync(new ListAcceptedApplicationsQuery(FounderUserId: accepted.Id)));
            Assert.Empty(await SendAsync(new ListAcceptedApplicationsQuery(FounderUserId: submitted.Id)));
        }
    }

    private async Task<IReadOnlyList<ApplicantsAcceptedApplicationDto>> SendAsync(ListAcceptedApplicationsQuery query)
    {
        await using var scope = factory.Services.GetRequiredService<IServiceScopeFactory>().CreateSystemScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }
}
