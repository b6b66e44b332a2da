using Hub.Domain.Privacy.Erasures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Privacy.Persistence.Configurations;

internal sealed class ErasureConfiguration : IEntityTypeConfiguration<Erasure>
{
    public void Configure(EntityTypeBuilder<Erasure> builder)
    {
        builder.ToTable("erasures");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Reason).HasMaxLength(Erasure.MaxReasonLength);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);

        // A person is erased once: two requests at the same moment meet here and the second answers 409.
        builder.HasIndex(e => e.SubjectUserId).IsUnique();
        builder.HasIndex(e => e.RequestedAt);
    }
}
