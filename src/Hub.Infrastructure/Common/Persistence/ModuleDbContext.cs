using Hub.Domain.Common;
using Hub.Infrastructure.Common.Inbox;
using Hub.Infrastructure.Common.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Common.Persistence;

/// <summary>
/// The base of every module's DbContext: its own schema and migrations history, the module's outbox and inbox
/// tables, and a save that first handles the domain events its aggregates raised (in the same transaction), then
/// writes what they put in the outbox, then commits once. Instances are pooled (ADR 0031): a request's scope leases
/// one with <see cref="Lease"/>, which hands it that scope's services and forgets the previous lease's state.
/// </summary>
internal abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), ILeasedDbContext
{
    private const int MaxDomainEventRounds = 10;

    private readonly List<Action> afterCommit = [];

    private ModuleDbContextDependencies? dependencies;

    /// <summary>The module's PostgreSQL schema, e.g. <c>applicants</c>.</summary>
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Outbox rows were saved inside an open transaction: whoever commits it wakes the drain.</summary>
    public bool WroteOutboxInTransaction { get; private set; }

    private ModuleDbContextDependencies Dependencies =>
        dependencies ?? throw new InvalidOperationException($"{GetType().Name} was used without a lease: resolve it from a service scope.");

    /// <summary>Gives the context, just taken from the pool, the services of the scope that took it.</summary>
    public void Lease(IServiceProvider scope)
    {
        dependencies = scope.GetRequiredService<ModuleDbContextDependencies>();
        WroteOutboxInTransaction = false;
        afterCommit.Clear();
    }

    /// <summary>Runs <paramref name="action"/> once the open transaction commits (never if it rolls back).</summary>
    public void AfterCommit(Action action) => afterCommit.Add(action);

    /// <summary>Called by <see cref="AfterCommitInterceptor"/> when the context's transaction ended.</summary>
    internal void TransactionEnded(bool committed)
    {
        var actions = afterCommit.ToList();
        afterCommit.Clear();
        if (committed)
        {
            actions.ForEach(action => action());
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Save asynchronously: domain event handlers are asynchronous.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await DispatchDomainEventsAsync(cancellationToken);

        var now = Dependencies.Clock.GetUtcNow();
        var messages = Dependencies.Outbox.TakeAll().Select(message => OutboxMessage.From(message, now)).ToList();
        OutboxMessages.AddRange(messages);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        // Only after the commit: the drain job must never see (or miss) uncommitted rows.
        if (messages.Count > 0 && Database.CurrentTransaction is null)
        {
            Dependencies.Signal.OutboxWritten();
        }
        else if (messages.Count > 0)
        {
            WroteOutboxInTransaction = true;
        }

        return written;
    }

    protected sealed override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddStronglyTypedIds();

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        ConfigureModule(modelBuilder);
        modelBuilder.UseRowVersionsOnAggregates();
        modelBuilder.MapStoredListFunctions();
    }

    /// <summary>Applies the module's entity configurations.</summary>
    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    private async Task DispatchDomainEventsAsync(CancellationToken cancellationToken)
    {
        // Handlers may change other aggregates, which may raise more events: repeat until quiet.
        for (var round = 0; round < MaxDomainEventRounds; round++)
        {
            var raised = ChangeTracker.Entries<IAggregateRoot>()
                .Select(entry => entry.Entity)
                .Where(aggregate => aggregate.DomainEvents.Count > 0)
                .ToList();
            if (raised.Count == 0)
            {
                return;
            }

            var events = raised.SelectMany(aggregate => aggregate.DomainEvents).ToList();
            raised.ForEach(aggregate => aggregate.ClearDomainEvents());
            foreach (var domainEvent in events)
            {
                await Dependencies.DomainEvents.DispatchAsync(domainEvent, cancellationToken);
            }
        }

        throw new InvalidOperationException($"Domain events were still being raised after {MaxDomainEventRounds} rounds: a handler loop?");
    }
}
