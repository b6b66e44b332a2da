using Hub.Domain.Training.Certificates;
using Hub.Domain.Training.TrainingModules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using CurriculumModule = Hub.Domain.Training.TrainingModules.TrainingModule;

namespace Hub.Infrastructure.Training.Persistence.Configurations;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("certificates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(CertificateCode.Length);
        builder.Property(c => c.HolderName).HasMaxLength(200);
        builder.Property(c => c.ModuleName).HasMaxLength(CurriculumModule.MaxNameLength);
        builder.Property(c => c.Hours).HasPrecision(9, 2);
        builder.Ignore(c => c.IssuedOn);
        builder.HasIndex(c => c.Code).IsUnique();

        // Exactly one certificate per founder and module, also when two completion checks run at once.
        builder.HasIndex(c => new { c.FounderUserId, c.ModuleId }).IsUnique();
    }
}
