namespace Hub.Infrastructure.Common.Modules;

/// <summary>The DbContexts of the installed modules, in installation order: migrated at start-up and drained by the outbox.</summary>
internal sealed class ModuleRegistry
{
    private readonly List<Type> _dbContextTypes = [];

    public IReadOnlyList<Type> DbContextTypes => _dbContextTypes;

    public void AddDbContext(Type contextType) => _dbContextTypes.Add(contextType);
}
