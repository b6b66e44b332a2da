using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.Common;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.DraftProposal;

public sealed class DraftProposalCommandHandler(
    IRepository<CallForProposals> calls,
    IRepository<Proposal> proposals,
    ISender sender,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<DraftProposalCommand, Guid>
{
    public async ValueTask<Guid> Handle(DraftProposalCommand command, CancellationToken cancellationToken)
    {
        var founderId = currentUser.RequireId();
        var call = await calls.RequireAsync(command.CallId, cancellationToken);
        var now = clock.GetUtcNow();
        call.EnsureAcceptsProposals(now);

        var requested = command.RequestedAmount.ToMoney("requestedAmount");
        call.EnsureWithinMaxGrant(requested);
        var ventureName = await VentureNameAsync(command, call, founderId, cancellationToken);

        if (await proposals.AnyAsync(new ProposalOfFounderSpec(call.Id, founderId), cancellationToken))
        {
            throw new ConflictException($"You already have a proposal in call '{call.Title}': one proposal per applicant and call.");
        }

        var content = command.ToContent(call);
        var proposal = Proposal.Draft(call, founderId, command.ApplicationId, ventureName, content, now);
        await proposals.AddAsync(proposal, cancellationToken);
        return proposal.Id.Value;
    }

    private async Task<string> VentureNameAsync(DraftProposalCommand command, CallForProposals call, Guid founderId, CancellationToken cancellationToken)
    {
        if (command.ApplicationId is not { } applicationId)
        {
            if (!call.AllowsTeamsWithoutApplication)
            {
                throw new BusinessRuleException("proposal.application-required", $"Call '{call.Title}' takes proposals only on an accepted application: send its 'applicationId'.");
            }

            return string.IsNullOrWhiteSpace(command.TeamName)
                ? throw new InvalidValueException("teamName", "A team without an accepted application names itself in 'teamName'.")
                : command.TeamName;
        }

        var accepted = await sender.Send(new ListAcceptedApplicationsQuery(FounderUserId: founderId, ApplicationIds: [applicationId]), cancellationToken);
        return accepted.Count == 1
            ? accepted[0].VentureName
            : throw new BusinessRuleException("proposal.application-not-accepted", $"Application '{applicationId}' is not an accepted application of yours: only founders with an accepted application may propose.");
    }
}
