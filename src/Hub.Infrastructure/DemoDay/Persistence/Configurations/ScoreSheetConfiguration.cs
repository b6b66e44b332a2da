using Hub.Infrastructure.Common.Persistence;
using Hub.Domain.DemoDay.ScoreSheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.DemoDay.Persistence.Configurations;

internal sealed class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> builder)
    {
        builder.ToTable("score_sheets");
        builder.HasKey(s => s.Id);
        builder.Ignore(s => s.Current);
        builder.JsonList(s => s.Revisions, "_revisions");

        // One sheet per judge per pitch: two first sheets racing end in a 409 for the later one.
        builder.HasIndex(s => new { s.DemoDayId, s.PitchId, s.JudgeUserId }).IsUnique();
        builder.HasIndex(s => new { s.DemoDayId, s.JudgeUserId });
    }
}
