namespace Hub.Infrastructure.Common.Persistence;

/// <summary>What start-up and the outbox need to know of each module's DbContext.</summary>
internal interface IModuleDbContext
{
    /// <summary>The module's PostgreSQL schema, e.g. <c>applicants</c>.</summary>
    string Schema { get; }
}
