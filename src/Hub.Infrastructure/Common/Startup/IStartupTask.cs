namespace Hub.Infrastructure.Common.Startup;

/// <summary>Work done once before the app serves requests, in <see cref="Order"/>: migrations, accounts, jobs, demo data.</summary>
internal interface IStartupTask
{
    int Order { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
