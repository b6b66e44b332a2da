using Hub.Domain.Training.TrainingModules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using CurriculumModule = Hub.Domain.Training.TrainingModules.TrainingModule;

namespace Hub.Infrastructure.Training.Persistence.Configurations;

internal sealed class TrainingModuleConfiguration : IEntityTypeConfiguration<CurriculumModule>
{
    public void Configure(EntityTypeBuilder<CurriculumModule> builder)
    {
        builder.ToTable("training_modules");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Code).HasMaxLength(CurriculumModule.MaxCodeLength);
        builder.Property(m => m.Name).HasMaxLength(CurriculumModule.MaxNameLength);
        builder.Property(m => m.NameMn).HasMaxLength(CurriculumModule.MaxNameLength);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.OwnsMany(m => m.Topics, topic =>
        {
            topic.ToTable("topics");
            topic.WithOwner().HasForeignKey("ModuleId");
            topic.HasKey(t => t.Id);
            topic.Property(t => t.Id).ValueGeneratedNever();
            topic.Property(t => t.Title).HasMaxLength(Topic.MaxTitleLength);
            topic.Property(t => t.TitleMn).HasMaxLength(Topic.MaxTitleLength);
            topic.Property(t => t.Hours).HasPrecision(7, 2);
        });
        builder.Navigation(m => m.Topics).HasField("_topics");
    }
}
