using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.SeedCapital.Queries.GetCallAward;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Awards;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Grants;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.AwardCall;

public sealed class AwardCallCommandHandler(
    IRepository<CallForProposals> calls,
    IRepository<Proposal> proposals,
    IRepository<Grant> grants,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<AwardCallCommand, SeedCapitalAwardDto>
{
    // The call's status, proposals and grants change in one save: two managers awarding at once collide on the
    // call's row version, and the second gets a 409.
    public async ValueTask<SeedCapitalAwardDto> Handle(AwardCallCommand command, CancellationToken cancellationToken)
    {
        var call = await calls.RequireAsync(command.CallId, cancellationToken);
        call.EnsureVersion(command.ExpectedVersion);
        var now = clock.GetUtcNow();
        var awardedBy = currentUser.RequireId();

        var submitted = await proposals.ListAsync(new SubmittedProposalsOfCallSpec(call.Id), cancellationToken);
        EnsureStanding(call, submitted, command.ExpectedStanding, now);
        var made = CallAwarding.Award(call, submitted, awardedBy, now).Grants;

        // One save for all of it (adding the grants saves the call and proposals with them).
        if (made.Count > 0)
        {
            await grants.AddRangeAsync(made, cancellationToken);
        }
        else
        {
            await calls.SaveChangesAsync(cancellationToken);
        }

        return call.Award!.ToDto(call.Id);
    }

    /// <summary>
    /// Refuses, before anything changes, an award whose ranking is not the one the manager was shown (evaluations and
    /// submissions since do not change the call's version). A call that cannot be awarded at all says why first.
    /// </summary>
    private static void EnsureStanding(CallForProposals call, IReadOnlyList<Proposal> submitted, string? expected, DateTimeOffset now)
    {
        if (expected is null)
        {
            return;
        }

        call.EnsureAwardable(now);
        IReadOnlyList<AwardCandidate> candidates = [.. submitted.Select(p => p.ToCandidate())];
        if (StandingFingerprint.Of(candidates, call.RankNow(candidates)) != expected)
        {
            throw new ConflictException("The ranking changed since it was shown (an evaluation or a proposal came in meanwhile); reload it and try again.", staleVersion: true);
        }
    }
}
