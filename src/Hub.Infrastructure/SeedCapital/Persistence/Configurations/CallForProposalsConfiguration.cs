using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.Calls;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.SeedCapital.Persistence.Configurations;

internal sealed class CallForProposalsConfiguration : IEntityTypeConfiguration<CallForProposals>
{
    public void Configure(EntityTypeBuilder<CallForProposals> builder)
    {
        builder.ToTable("calls");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Title).HasMaxLength(CallForProposals.MaxTitleLength);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.MinScore).HasPrecision(6, 4);
        builder.ComplexProperty(c => c.Budget, MoneyColumns.Configure);
        builder.ComplexProperty(c => c.MaxGrant, MoneyColumns.Configure);
        builder.Ignore(c => c.Currency);

        builder.Property(c => c.Criteria)
            .HasField("_criteria")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .AsJsonb(
                criteria => criteria.Select(c => new StoredCriterion(c.Name, c.Weight)).ToList(),
                stored => (IReadOnlyList<Criterion>)stored.Select(c => Criterion.Create(c.Name, c.Weight)).ToList());

        builder.Property(c => c.Evaluators)
            .HasField("_evaluators")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(
                ids => ids.ToArray(),
                ids => ids.ToList(),
                ListColumns.ItemComparer<Guid>())
            .HasColumnType("uuid[]");

        builder.Property(c => c.Award)
            .AsJsonb(
                award => award == null ? null : new StoredAward(
                    award.AwardedBy, award.AwardedAt, award.TotalAwarded.Currency.ToString(), award.TotalAwarded.Amount, award.Remaining.Amount,
                    award.Ranking.Select(r => new StoredRankingEntry(r.ProposalId, r.Rank, r.Score, r.Evaluations, r.RequestedAmount, r.AwardedAmount)).ToList()),
                stored => stored == null ? null : new CallAward(
                    stored.AwardedBy,
                    stored.AwardedAt,
                    Money.Of(stored.TotalAwarded, Enum.Parse<Currency>(stored.Currency)),
                    Money.Of(stored.Remaining, Enum.Parse<Currency>(stored.Currency)),
                    stored.Ranking.Select(r => new AwardRankingEntry(r.ProposalId, r.Rank, r.Score, r.Evaluations, r.RequestedAmount, r.AwardedAmount)).ToList()));

        builder.HasIndex(c => new { c.Status, c.ClosesAt });
        builder.HasIndex(c => c.EvaluationDeadline);
    }
}
