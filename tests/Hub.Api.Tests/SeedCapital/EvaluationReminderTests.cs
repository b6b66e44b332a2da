using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;
using Hub.Application.SeedCapital.Commands.SendEvaluationReminders;
using Hub.Infrastructure.Common.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Api.Tests.SeedCapital.SeedCapitalTestData;

namespace Hub.Api.Tests.SeedCapital;

/// <summary>Two days before a call's evaluation deadline, evaluators with proposals left to score are reminded, once.</summary>
[Collection(HubCollection.Name)]
public sealed class EvaluationReminderTests(HubApiFactory factory)
{
    [Fact]
    public async Task Evaluators_with_unscored_proposals_are_reminded_once()
    {
        var now = DateTimeOffset.UtcNow;
        var body = CallBody(opensAt: now.AddDays(-1), closesAt: now.AddHours(1));
        body["evaluationDeadline"] = now.AddDays(1);
        var callId = await factory.NewCallAsync(body);
        using var idle = await factory.NewEvaluatorAsync();
        using var done = await factory.NewEvaluatorAsync();
        await factory.AppointAsync(callId, idle.Id);
        await factory.AppointAsync(callId, done.Id);
        var (founder, proposalId) = await factory.ProposalAsync(callId);
        using (founder)
        {
            await (await done.Client.EvaluateAsync(proposalId, 7, 7)).JsonAsync(HttpStatusCode.Created);

            await SendRemindersAsync();
            var reminder = await factory.Notifications.WaitForAsync(n => n.RecipientUserId == idle.Id, TimeSpan.FromSeconds(10));
            Assert.Contains("Evaluation reminder", reminder.Subject, StringComparison.Ordinal);

            await SendRemindersAsync();
            await Task.Delay(500);
            Assert.Single(factory.Notifications.Sent, n => n.RecipientUserId == idle.Id);
            Assert.DoesNotContain(factory.Notifications.Sent, n => n.RecipientUserId == done.Id);
        }
    }

    private async Task SendRemindersAsync()
    {
        await using var scope = factory.Services.GetRequiredService<IServiceScopeFactory>().CreateSystemScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SendEvaluationRemindersCommand());
    }
}
