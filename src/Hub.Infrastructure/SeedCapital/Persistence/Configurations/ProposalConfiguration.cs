using Hub.Infrastructure.Common.Persistence;
using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.SeedCapital.Persistence.Configurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("proposals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.VentureName).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(Proposal.MaxSummaryLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.AwardedAmount).HasPrecision(18, 2);
        builder.ComplexProperty(p => p.RequestedAmount, MoneyColumns.Configure);

        // Amounts were checked when the proposal was drafted; the currency here only carries the check of decimals.
        builder.Property(p => p.BudgetLines)
            .HasField("_budgetLines")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .AsJsonb(
                lines => lines.Select(l => new StoredBudgetLine(l.Item, l.Amount)).ToList(),
                stored => (IReadOnlyList<BudgetLine>)stored.Select(l => BudgetLine.Create(l.Item, l.Amount, Currency.MNT)).ToList());
        builder.Property(p => p.Milestones)
            .HasField("_milestones")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .AsJsonb(
                milestones => milestones.Select(m => new StoredMilestone(m.Title, m.DueOn, m.Amount)).ToList(),
                stored => (IReadOnlyList<Milestone>)stored.Select(m => Milestone.Create(m.Title, m.DueOn, m.Amount, Currency.MNT)).ToList());

        builder.OwnsMany(p => p.Evaluations, evaluation =>
        {
            evaluation.ToTable("evaluations");
            evaluation.WithOwner().HasForeignKey("ProposalId");
            evaluation.HasKey(e => e.Id);
            evaluation.Property(e => e.Id).ValueGeneratedNever();
            evaluation.Property(e => e.Scores).AsJsonb(
                scores => scores.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal),
                stored => (IReadOnlyDictionary<string, decimal>)stored);
            evaluation.Property(e => e.Comment).HasMaxLength(Evaluation.MaxCommentLength);
            evaluation.HasIndex("ProposalId", nameof(Evaluation.EvaluatorUserId)).IsUnique();
        });
        builder.Navigation(p => p.Evaluations).HasField("_evaluations").UsePropertyAccessMode(PropertyAccessMode.Field);

        // One proposal per applicant and call; the database has the last word when two requests race.
        builder.HasIndex(p => new { p.CallId, p.FounderUserId }).IsUnique().HasDatabaseName("ux_proposals_one_per_founder_and_call");
        builder.HasIndex(p => new { p.CallId, p.Status, p.SubmittedAt });
    }
}
